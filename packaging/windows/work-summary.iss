; Inno Setup script for the Windows installer (Inno Setup 6). Build the program first with
; `cargo build --release` on Windows, then compile this script with ISCC:
;   iscc packaging\windows\work-summary.iss
; The installer puts work-summary.exe in Program Files, adds a Start menu entry (and an
; optional desktop icon), and associates .ron drafts with the editor. Per-user installs
; (no administrator) are offered too; the association then goes to HKCU.

#define AppName "工作总结编辑器"
#define AppExe "work-summary.exe"
#define AppVersion "0.1.0"

[Setup]
AppId={{5B0E8C1A-6F0B-4E43-9A57-7C1D2A3F9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=work-summary
DefaultDirName={autopf}\work-summary
DefaultGroupName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\target\installer
OutputBaseFilename=work-summary-{#AppVersion}-setup
SetupIconFile=..\..\assets\icons\work-summary.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
WizardStyle=modern

[Languages]
; ChineseSimplified.isl ships with recent Inno Setup 6 releases; with an older one, put it (from
; the Inno Setup translations page) into the compiler's Languages folder first.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\target\release\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\README.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .ron drafts open in the editor ("Open with" keeps other programs that handle .ron).
Root: HKA; Subkey: "Software\Classes\.ron\OpenWithProgids"; ValueType: string; ValueName: "WorkSummary.Draft"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\WorkSummary.Draft"; ValueType: string; ValueName: ""; ValueData: "工作总结草稿"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\WorkSummary.Draft\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\WorkSummary.Draft\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ron"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
