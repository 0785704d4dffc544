using System.Globalization;
using NodaTime;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>The classic formats' written-out dates: <c>2008</c>, <c>July 2008</c>, <c>March 23, 2021</c> (or <c>October 07, 2022</c>).</summary>
internal static class ClassicDates
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    internal static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split(' ');
        int year, month, day;
        switch (parts.Length)
        {
            case 1 when TryYear(parts[0], out year):
                date = PartialDate.FromYear(year);
                return true;
            case 2 when TryMonth(parts[0], out month) && TryYear(parts[1], out year):
                date = PartialDate.FromYearMonth(year, month);
                return true;
            case 3 when TryMonth(parts[0], out month)
                && parts[1].EndsWith(',')
                && TryNumber(parts[1][..^1], 1, 2, out day)
                && TryYear(parts[2], out year)
                && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month):
                date = PartialDate.FromDate(year, month, day);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads the classic API's <c>DataVrs</c>, such as <c>2022:10:09 23:24:50.411</c>, as its date.</summary>
    internal static bool TryParseDataVersion(string text, out LocalDate date)
    {
        date = default;
        var datePart = text.Split(' ')[0].Split(':');
        if (datePart.Length != 3
            || !TryYear(datePart[0], out var year)
            || !TryNumber(datePart[1], 2, 2, out var month) || month is < 1 or > 12
            || !TryNumber(datePart[2], 2, 2, out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryMonth(string text, out int month)
    {
        month = Array.IndexOf(MonthNames, text) + 1;
        return month > 0;
    }

    private static bool TryYear(string text, out int year) =>
        TryNumber(text, 4, 4, out year) && year is >= PartialDate.MinimumYear and <= PartialDate.MaximumYear;

    private static bool TryNumber(string text, int minimumDigits, int maximumDigits, out int value)
    {
        value = 0;
        return text.Length >= minimumDigits && text.Length <= maximumDigits && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
