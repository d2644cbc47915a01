/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks. Rust's standard
 * library (1.78 and later) imports ProcessPrng from it for random numbers (HashMap seeds);
 * without it no Rust .exe starts under Wine 8. Real Windows 10 and later ship the DLL, and the
 * installer never carries this file: it goes into the Wine test prefix only
 * (scripts/windows-env.sh). ProcessPrng asks BCryptGenRandom for the system's generator. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
