using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using System.Text.Json.Serialization;

namespace StemCell.Domain;

/// <summary>
/// A date in the ISO calendar, known only as precisely as a source states it: a year (<c>2023</c>), a year and a
/// month (<c>2023-05</c>), or a full date (<c>2023-05-14</c>).
/// </summary>
/// <remarks>
/// <para>
/// Sources rarely give full dates: an article that says "a 2023 study" gives a year and nothing more. A partial
/// date keeps exactly what was stated and never invents a month or a day; <see cref="ToDateInterval"/> gives the
/// days it may denote when a caller needs to reason about them.
/// </para>
/// <para>
/// Text: ISO 8601-1 calendar dates in the extended format, at the reduced precisions the standard allows: a year
/// <c>YYYY</c>, a month <c>YYYY-MM</c>, a date <c>YYYY-MM-DD</c>, for the years 0001 to 9999 (four digits, no sign).
/// <see cref="ToString"/> writes that form and <see cref="Parse(string)"/> reads only that form, so text round-trips.
/// </para>
/// <para>
/// Equality: two partial dates are equal when they have the same precision and the same year, month and day;
/// <c>2023</c> and <c>2023-01</c> are not equal.
/// </para>
/// <para>
/// Ordering: by the first day each covers, then by precision, coarser first:
/// <c>2023</c> &lt; <c>2023-01</c> &lt; <c>2023-01-01</c> &lt; <c>2023-01-02</c> &lt; <c>2023-02</c> &lt; <c>2024</c>.
/// The order is total and agrees with equality, so partial dates sort and can be keys, but it is not a claim about
/// time: something dated "2023" may have happened after something dated "2023-06". Compare
/// <see cref="ToDateInterval"/> results to reason about when things happened.
/// </para>
/// <para>
/// The default value is the year 1 (<c>0001</c>), as <c>default(LocalDate)</c> is 0001-01-01. The type is an
/// immutable value and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(Serialization.PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, ISpanParsable<PartialDate>
{
    /// <summary>The earliest year a partial date can have.</summary>
    public const int MinimumYear = 1;

    /// <summary>The latest year a partial date can have.</summary>
    public const int MaximumYear = 9999;

    internal const string ExpectedFormat =
        "expected an ISO-8601 year (2023), year and month (2023-05) or date (2023-05-14), with a year from 0001 to 9999, a month from 01 to 12 and a day that exists in that month";

    // The first day's parts rather than a LocalDate: NativeAOT keeps what a boxed PartialDate's fields could need, and a
    // boxed LocalDate brings all of NodaTime's text patterns and time zone data through its ToString (about 2,900 types,
    // with the other two paths to it: see Coding.Equals and EndOfMonth below).
    // Each is kept less one, so that the default value is the year 1 (0001-01-01), as documented.
    private readonly short _yearLessOne;
    private readonly byte _monthLessOne;
    private readonly byte _dayLessOne;
    private readonly PartialDatePrecision _precision;

    private PartialDate(LocalDate firstDay, PartialDatePrecision precision)
    {
        _yearLessOne = (short)(firstDay.Year - 1);
        _monthLessOne = (byte)(firstDay.Month - 1);
        _dayLessOne = (byte)(firstDay.Day - 1);
        _precision = precision;
    }

    /// <summary>Gets the year.</summary>
    /// <value>A year from <see cref="MinimumYear"/> to <see cref="MaximumYear"/>.</value>
    public int Year => _yearLessOne + 1;

    /// <summary>Gets the month, when it is known.</summary>
    /// <value>The month from 1 to 12, or null when <see cref="Precision"/> is <see cref="PartialDatePrecision.Year"/>.</value>
    public int? Month => _precision >= PartialDatePrecision.Month ? MonthOfYear : null;

    /// <summary>Gets the day of the month, when it is known.</summary>
    /// <value>The day from 1 to 31, or null unless <see cref="Precision"/> is <see cref="PartialDatePrecision.Day"/>.</value>
    public int? Day => _precision == PartialDatePrecision.Day ? DayOfMonth : null;

    // The first day's month and day, whatever the precision (1 for what is not known).
    private int MonthOfYear => _monthLessOne + 1;

    private int DayOfMonth => _dayLessOne + 1;

    // Not FirstDay.With(DateAdjusters.EndOfMonth): NativeAOT keeps every delegate's Invoke for reflection, and that of a
    // Func<LocalDate, LocalDate> boxes a LocalDate (see the fields).
    private LocalDate EndOfMonth => new(Year, MonthOfYear, CalendarSystem.Iso.GetDaysInMonth(Year, MonthOfYear));

    /// <summary>Gets how much of the date is known.</summary>
    /// <value>The year, the month, or the day.</value>
    public PartialDatePrecision Precision => _precision;

    /// <summary>Returns whether two partial dates are equal (see the type's remarks).</summary>
    /// <param name="left">The first partial date.</param>
    /// <param name="right">The second partial date.</param>
    /// <returns><see langword="true"/> when they have the same precision and the same known parts.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Returns whether two partial dates differ (see the type's remarks).</summary>
    /// <param name="left">The first partial date.</param>
    /// <param name="right">The second partial date.</param>
    /// <returns><see langword="true"/> when their precision or a known part differs.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Returns whether one partial date sorts before another (see the type's remarks for the order).</summary>
    /// <param name="left">The first partial date.</param>
    /// <param name="right">The second partial date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one partial date sorts before or equals another (see the type's remarks for the order).</summary>
    /// <param name="left">The first partial date.</param>
    /// <param name="right">The second partial date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one partial date sorts after another (see the type's remarks for the order).</summary>
    /// <param name="left">The first partial date.</param>
    /// <param name="right">The second partial date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one partial date sorts after or equals another (see the type's remarks for the order).</summary>
    /// <param name="left">The first partial date.</param>
    /// <param name="right">The second partial date.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a partial date known only to the year.</summary>
    /// <param name="year">The year, from <see cref="MinimumYear"/> to <see cref="MaximumYear"/>.</param>
    /// <returns>The partial date, printed as <c>YYYY</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year, nameof(year));
        return new(new LocalDate(year, 1, 1), PartialDatePrecision.Year);
    }

    /// <summary>Creates a partial date known to the month.</summary>
    /// <param name="year">The year, from <see cref="MinimumYear"/> to <see cref="MaximumYear"/>.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <returns>The partial date, printed as <c>YYYY-MM</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckArgumentRange(month is >= 1 and <= 12, nameof(month), month, "The month must be from 1 to 12.");
        return new(new LocalDate(year, month, 1), PartialDatePrecision.Month);
    }

    /// <summary>Creates a partial date known to the month from a NodaTime <see cref="YearMonth"/>.</summary>
    /// <param name="yearMonth">A year and month in the ISO calendar.</param>
    /// <returns>The partial date, printed as <c>YYYY-MM</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="yearMonth"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth)
    {
        CheckIsoCalendar(yearMonth.Calendar, nameof(yearMonth));
        CheckYear(yearMonth.Year, nameof(yearMonth));
        return new(yearMonth.OnDayOfMonth(1), PartialDatePrecision.Month);
    }

    /// <summary>Creates a partial date known to the day.</summary>
    /// <param name="year">The year, from <see cref="MinimumYear"/> to <see cref="MaximumYear"/>.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <param name="day">The day, which must exist in that month.</param>
    /// <returns>The partial date, printed as <c>YYYY-MM-DD</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that month.</exception>
    public static PartialDate FromDate(int year, int month, int day)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckArgumentRange(month is >= 1 and <= 12, nameof(month), month, "The month must be from 1 to 12.");
        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        Preconditions.CheckArgumentRange(day >= 1 && day <= daysInMonth, nameof(day), day, $"The day must be from 1 to {daysInMonth} in that month.");
        return new(new LocalDate(year, month, day), PartialDatePrecision.Day);
    }

    /// <summary>Creates a partial date known to the day from a NodaTime <see cref="LocalDate"/>.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns>The partial date, printed as <c>YYYY-MM-DD</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromDate(LocalDate date)
    {
        CheckIsoCalendar(date.Calendar, nameof(date));
        CheckYear(date.Year, nameof(date));
        return new(date, PartialDatePrecision.Day);
    }

    /// <summary>Parses an ISO-8601 year, year-month or date.</summary>
    /// <param name="text">Text such as <c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>, with no surrounding white space.</param>
    /// <returns>The partial date, with the precision the text has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not in one of the three forms, or names a month or day that does not exist.</exception>
    public static PartialDate Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses an ISO-8601 year, year-month or date.</summary>
    /// <param name="text">Characters such as <c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>, with no surrounding white space.</param>
    /// <returns>The partial date, with the precision the text has.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not in one of the three forms, or names a month or day that does not exist.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var value) ? value : throw new FormatException(ParseErrorMessage(text));

    /// <summary>Tries to parse an ISO-8601 year, year-month or date, without throwing.</summary>
    /// <param name="text">Text such as <c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>; null parses nothing.</param>
    /// <param name="value">The partial date, or the default value when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return TryParse(text.AsSpan(), out value);
    }

    /// <summary>Tries to parse an ISO-8601 year, year-month or date, without throwing or allocating.</summary>
    /// <param name="text">Characters such as <c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>.</param>
    /// <param name="value">The partial date, or the default value when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate value)
    {
        value = default;
        if (text.Length is not (4 or 7 or 10) || !TryParseDigits(text[..4], out var year) || year < MinimumYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            value = new(new LocalDate(year, 1, 1), PartialDatePrecision.Year);
            return true;
        }

        if (text[4] != '-' || !TryParseDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new(new LocalDate(year, month, 1), PartialDatePrecision.Month);
            return true;
        }

        if (text[7] != '-' || !TryParseDigits(text.Slice(8, 2), out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new(new LocalDate(year, month, day), PartialDatePrecision.Day);
        return true;
    }

    /// <inheritdoc cref="Parse(string)" />
    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out PartialDate)" />
    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})" />
    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out PartialDate)" />
    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    /// <summary>Gets the first day this partial date may denote, without making an interval.</summary>
    internal LocalDate FirstDay => new(Year, MonthOfYear, DayOfMonth);

    /// <summary>Gets the last day this partial date may denote, without making an interval.</summary>
    internal LocalDate LastDay => _precision switch
    {
        PartialDatePrecision.Year => new LocalDate(Year, 12, 31),
        PartialDatePrecision.Month => EndOfMonth,
        _ => FirstDay,
    };

    /// <summary>Gets the days this partial date may denote.</summary>
    /// <returns>The whole year, the whole month, or the single day, in the ISO calendar.</returns>
    public DateInterval ToDateInterval() => _precision switch
    {
        PartialDatePrecision.Year => new DateInterval(FirstDay, new LocalDate(Year, 12, 31)),
        PartialDatePrecision.Month => new DateInterval(FirstDay, EndOfMonth),
        _ => new DateInterval(FirstDay, FirstDay),
    };

    /// <summary>Returns whether a date is one this partial date may denote.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> falls in <see cref="ToDateInterval"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckIsoCalendar(date.Calendar, nameof(date));
        return ToDateInterval().Contains(date);
    }

    /// <summary>Returns the full date, which is known only when <see cref="Precision"/> is <see cref="PartialDatePrecision.Day"/>.</summary>
    /// <returns>The date, in the ISO calendar.</returns>
    /// <exception cref="InvalidOperationException">Only the year, or the year and month, are known.</exception>
    public LocalDate ToLocalDate() =>
        _precision == PartialDatePrecision.Day
            ? FirstDay
            : throw new InvalidOperationException($"The partial date {this} has no day; use ToDateInterval() for the days it may denote.");

    /// <summary>Returns the year and month, which are known unless <see cref="Precision"/> is <see cref="PartialDatePrecision.Year"/>.</summary>
    /// <returns>The year and month, in the ISO calendar.</returns>
    /// <exception cref="InvalidOperationException">Only the year is known.</exception>
    public YearMonth ToYearMonth() =>
        _precision >= PartialDatePrecision.Month
            ? FirstDay.ToYearMonth()
            : throw new InvalidOperationException($"The partial date {this} has no month; use ToDateInterval() for the days it may denote.");

    /// <summary>Compares this partial date with another (see the type's remarks for the order).</summary>
    /// <param name="other">The partial date to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        // The first days' order, then the precision's.
        var order = _yearLessOne.CompareTo(other._yearLessOne);
        order = order != 0 ? order : _monthLessOne.CompareTo(other._monthLessOne);
        order = order != 0 ? order : _dayLessOne.CompareTo(other._dayLessOne);
        return order != 0 ? order : _precision.CompareTo(other._precision);
    }

    /// <summary>Compares this partial date with another object (see the type's remarks for the order).</summary>
    /// <param name="obj">A <see cref="PartialDate"/>, or null (which sorts first).</param>
    /// <returns>A negative number, zero or a positive number as this sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(PartialDate)}, not a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Returns whether this partial date equals another (see the type's remarks).</summary>
    /// <param name="other">The partial date to compare with.</param>
    /// <returns><see langword="true"/> when both have the same precision and the same known parts.</returns>
    public bool Equals(PartialDate other) =>
        _yearLessOne == other._yearLessOne
        && _monthLessOne == other._monthLessOne
        && _dayLessOne == other._dayLessOne
        && _precision == other._precision;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_yearLessOne, _monthLessOne, _dayLessOne, _precision);

    /// <summary>Formats the partial date in ISO-8601 at its own precision.</summary>
    /// <returns><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, such as <c>2023</c>.</returns>
    public override string ToString() => _precision switch
    {
        PartialDatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}"),
        PartialDatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOfYear:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOfYear:D2}-{DayOfMonth:D2}"),
    };

    /// <summary>Formats the partial date as <see cref="ToString"/> does, into a span, allocating nothing.</summary>
    internal bool TryFormat(Span<char> destination, out int charsWritten) => _precision switch
    {
        PartialDatePrecision.Year => destination.TryWrite(CultureInfo.InvariantCulture, $"{Year:D4}", out charsWritten),
        PartialDatePrecision.Month => destination.TryWrite(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOfYear:D2}", out charsWritten),
        _ => destination.TryWrite(CultureInfo.InvariantCulture, $"{Year:D4}-{MonthOfYear:D2}-{DayOfMonth:D2}", out charsWritten),
    };

    /// <summary>Describes why text is not a partial date, for every error that reports one.</summary>
    internal static string ParseErrorMessage(ReadOnlySpan<char> text) => $"'{text}' is not a partial date: {ExpectedFormat}.";

    private static void CheckYear(int year, string paramName) =>
        Preconditions.CheckArgumentRange(year is >= MinimumYear and <= MaximumYear, paramName, year, $"The year must be from {MinimumYear} to {MaximumYear}.");

    private static void CheckIsoCalendar(CalendarSystem calendar, string paramName) =>
        Preconditions.CheckArgument(calendar == CalendarSystem.Iso, paramName, $"A partial date is in the ISO calendar; this value is in the {calendar.Id} calendar.");

    private static bool TryParseDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
