//! Dates in the signature, in the GB/T 9704 form: 2026年11月29日 — Arabic numerals, no leading
//! zeros. "Today" is the local time zone's (the system's, through jiff).

pub use jiff::civil::Date;

/// A month as a calendar page for a date picker: six weeks of seven days, Monday first (as
/// Chinese calendars are), `None` outside the month.
pub type MonthGrid = [[Option<Date>; 7]; 6];

/// A date written the GB/T 9704 way: `2026年11月29日`.
pub fn format_gb(date: Date) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// Today in the system's time zone (UTC when the zone cannot be found).
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// Today's date for the signature: `2026年11月29日`.
pub fn today_gb() -> String {
    format_gb(today())
}

/// The calendar page of the month `day` falls in.
pub fn month_grid(day: Date) -> MonthGrid {
    let first = day.first_of_month();
    // Monday is 1 … Sunday 7 in jiff's ISO numbering.
    let lead = usize::try_from(first.weekday().to_monday_one_offset() - 1).unwrap_or(0);
    let mut grid: MonthGrid = [[None; 7]; 6];
    let mut next = Some(first);
    for cell in lead..42 {
        let Some(date) = next.filter(|d| d.month() == first.month()) else {
            break;
        };
        grid[cell / 7][cell % 7] = Some(date);
        next = date.tomorrow().ok();
    }
    grid
}

/// The date a signature line holds, if it is one in the GB/T 9704 form (for a date picker to
/// start from). Spaces are ignored; `〇` and Chinese numerals are not read.
pub fn parse_gb(text: &str) -> Option<Date> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (year, rest) = text.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = (num(year)?, num(month)?, num(day)?);
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn no_leading_zeros() {
        assert_eq!(format_gb(date(2026, 11, 29)), "2026年11月29日");
        assert_eq!(format_gb(date(2027, 1, 5)), "2027年1月5日");
    }

    #[test]
    fn today_is_the_local_zones_date() {
        let text = today_gb();
        assert_eq!(parse_gb(&text), Some(today()), "{text}");
        let zoned = jiff::ZonedDateTime::now();
        assert_eq!(today(), zoned.date());
        // The local zone, not UTC, decides the date: e.g. 02:00 in Beijing is still
        // yesterday in UTC.
        let beijing = jiff::Timestamp::from_second(1_795_888_800) // 2026-11-28T18:00Z
            .expect("in range")
            .in_tz("Asia/Shanghai")
            .expect("zone");
        assert_eq!(format_gb(beijing.date()), "2026年11月29日");
    }

    #[test]
    fn a_month_page_starts_on_monday() {
        // 1 November 2026 is a Sunday: the first row holds only it, in the last column.
        let grid = month_grid(date(2026, 11, 29));
        assert_eq!(grid[0][..6], [None; 6]);
        assert_eq!(grid[0][6], Some(date(2026, 11, 1)));
        assert_eq!(grid[1][0], Some(date(2026, 11, 2)));
        assert_eq!(grid[5][0], Some(date(2026, 11, 30)));
        let days = grid.iter().flatten().flatten().count();
        assert_eq!(days, 30);
        // February 2027 starts on a Monday.
        let feb = month_grid(date(2027, 2, 14));
        assert_eq!(feb[0][0], Some(date(2027, 2, 1)));
        assert_eq!(feb.iter().flatten().flatten().count(), 28);
    }

    #[test]
    fn parses_what_it_writes_and_refuses_the_rest() {
        assert_eq!(parse_gb("2026年1月5日"), Some(date(2026, 1, 5)));
        assert_eq!(parse_gb(" 2026 年 01 月 05 日 "), Some(date(2026, 1, 5)));
        for bad in [
            "",
            "2026年2月30日",
            "二〇二六年一月五日",
            "2026-01-05",
            "2026年13月1日",
        ] {
            assert_eq!(parse_gb(bad), None, "{bad}");
        }
    }
}
