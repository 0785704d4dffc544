using NodaTime;
using StemCell.Domain.Tests.Model;

namespace StemCell.Domain.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023", 2023, null, null, PartialDatePrecision.Year)]
    [InlineData("0001", 1, null, null, PartialDatePrecision.Year)]
    [InlineData("9999", 9999, null, null, PartialDatePrecision.Year)]
    [InlineData("2023-05", 2023, 5, null, PartialDatePrecision.Month)]
    [InlineData("2023-12", 2023, 12, null, PartialDatePrecision.Month)]
    [InlineData("2023-05-14", 2023, 5, 14, PartialDatePrecision.Day)]
    [InlineData("2024-02-29", 2024, 2, 29, PartialDatePrecision.Day)]
    [InlineData("9999-12-31", 9999, 12, 31, PartialDatePrecision.Day)]
    public void Parse_IsoText_HasExactlyThePartsGiven(string text, int year, int? month, int? day, PartialDatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(text, out var tried));
        Assert.Equal(date, tried);
        Assert.Equal(date, PartialDate.Parse(text.AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("202")]
    [InlineData("20230")]
    [InlineData("0000")]
    [InlineData("+2023")]
    [InlineData("-2023")]
    [InlineData(" 2023")]
    [InlineData("2023 ")]
    [InlineData("2023-5")]
    [InlineData("2023-00")]
    [InlineData("2023-13")]
    [InlineData("2023/05")]
    [InlineData("202305")]
    [InlineData("2023-05-1")]
    [InlineData("2023-05-00")]
    [InlineData("2023-02-29")]
    [InlineData("2023-04-31")]
    [InlineData("2023-05-14T00:00")]
    [InlineData("2023-W19")]
    [InlineData("２０２３")]
    [InlineData("May 2023")]
    public void Parse_NotAPartialDate_ThrowsFormatExceptionAndTryParseFails(string text)
    {
        var exception = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("2023-05-14", exception.Message, StringComparison.Ordinal);
        Assert.False(PartialDate.TryParse(text, out var value));
        Assert.Equal(default, value);
        Assert.False(PartialDate.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("text", () => PartialDate.Parse(null!));
        Assert.False(PartialDate.TryParse((string?)null, out _));
    }

    [Fact]
    public void Parse_ThroughISpanParsable_Works()
    {
        Assert.Equal(PartialDate.FromYearMonth(2023, 5), ParseGeneric<PartialDate>("2023-05"));
        Assert.True(TryParseGeneric<PartialDate>("2023", out var year));
        Assert.Equal(PartialDate.FromYear(2023), year);
        Assert.False(TryParseGeneric<PartialDate>("2023-13", out _));
    }

    [Fact]
    public void Factories_AgreeWithEachOtherAndWithParse()
    {
        EqualityAssert.Equal(PartialDate.FromDate(2023, 5, 14), PartialDate.FromDate(new LocalDate(2023, 5, 14)));
        EqualityAssert.Equal(PartialDate.FromDate(2023, 5, 14), PartialDate.Parse("2023-05-14"));
        EqualityAssert.Equal(PartialDate.FromYearMonth(2023, 5), PartialDate.FromYearMonth(new YearMonth(2023, 5)));
        EqualityAssert.Equal(PartialDate.FromYear(2023), PartialDate.Parse("2023"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void FromYear_OutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>("year", () => PartialDate.FromYear(year));
        Assert.Throws<ArgumentOutOfRangeException>("year", () => PartialDate.FromYearMonth(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>("year", () => PartialDate.FromDate(year, 1, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void FromYearMonth_MonthOutOfRange_Throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>("month", () => PartialDate.FromYearMonth(2023, month));
        Assert.Throws<ArgumentOutOfRangeException>("month", () => PartialDate.FromDate(2023, month, 1));
    }

    [Theory]
    [InlineData(2023, 2, 29)]
    [InlineData(2023, 4, 31)]
    [InlineData(2023, 1, 0)]
    [InlineData(2023, 1, 32)]
    public void FromDate_DayNotInMonth_Throws(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>("day", () => PartialDate.FromDate(year, month, day));
    }

    [Fact]
    public void FromDate_NonIsoCalendar_Throws()
    {
        Assert.Throws<ArgumentException>("date", () => PartialDate.FromDate(new LocalDate(2023, 5, 1, CalendarSystem.Julian)));
        Assert.Throws<ArgumentException>("yearMonth", () => PartialDate.FromYearMonth(new YearMonth(2023, 5, CalendarSystem.Julian)));
    }

    [Fact]
    public void FromDate_YearBeforeOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("date", () => PartialDate.FromDate(new LocalDate(0, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>("yearMonth", () => PartialDate.FromYearMonth(new YearMonth(-5, 1)));
    }

    [Fact]
    public void Default_IsTheYearOne()
    {
        var value = default(PartialDate);

        Assert.Equal(1, value.Year);
        Assert.Equal(PartialDatePrecision.Year, value.Precision);
        Assert.Equal("0001", value.ToString());
        EqualityAssert.Equal(value, PartialDate.FromYear(1));
    }

    [Fact]
    public void Equality_RequiresTheSamePrecision()
    {
        EqualityAssert.NotEqual(PartialDate.FromYear(2023), PartialDate.FromYearMonth(2023, 1));
        EqualityAssert.NotEqual(PartialDate.FromYearMonth(2023, 1), PartialDate.FromDate(2023, 1, 1));
        EqualityAssert.NotEqual(PartialDate.FromYear(2023), PartialDate.FromYear(2024));
        Assert.False(PartialDate.FromYear(2023).Equals((object)"2023"));
        Assert.False(PartialDate.FromYear(2023).Equals(null));
    }

    [Fact]
    public void Ordering_IsByFirstDayThenCoarserPrecisionFirst()
    {
        string[] expected = ["2022-12-31", "2023", "2023-01", "2023-01-01", "2023-01-02", "2023-02", "2023-12-31", "2024"];
        var shuffled = expected.Reverse().Select(PartialDate.Parse).ToList();

        shuffled.Sort();

        Assert.Equal(expected, shuffled.Select(d => d.ToString()));
    }

    [Fact]
    public void Operators_AgreeWithCompareTo()
    {
        var dates = new[] { "2023", "2023-01", "2023-01-01", "2023-06", "2024" }.Select(PartialDate.Parse).ToList();
        foreach (var a in dates)
        {
            foreach (var b in dates)
            {
                var sign = Math.Sign(a.CompareTo(b));
                Assert.Equal(sign == 0, a.Equals(b));
                Assert.Equal(sign == 0, a == b);
                Assert.Equal(sign != 0, a != b);
                Assert.Equal(sign < 0, a < b);
                Assert.Equal(sign <= 0, a <= b);
                Assert.Equal(sign > 0, a > b);
                Assert.Equal(sign >= 0, a >= b);
                Assert.Equal(sign, Math.Sign(a.CompareTo((object)b)));
                Assert.Equal(-sign, Math.Sign(b.CompareTo(a)));
            }
        }
    }

    [Fact]
    public void CompareTo_NullOrOtherType()
    {
        Assert.True(PartialDate.FromYear(2023).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>("obj", () => PartialDate.FromYear(2023).CompareTo("2023"));
    }

    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2023-05-14", "2023-05-14", "2023-05-14")]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    public void ToDateInterval_CoversEveryDayItMayDenote(string text, string first, string last)
    {
        var interval = PartialDate.Parse(text).ToDateInterval();

        Assert.Equal(PartialDate.Parse(first).ToLocalDate(), interval.Start);
        Assert.Equal(PartialDate.Parse(last).ToLocalDate(), interval.End);
        Assert.True(PartialDate.Parse(text).Contains(interval.Start));
        Assert.True(PartialDate.Parse(text).Contains(interval.End));
        if (interval.End.Year < PartialDate.MaximumYear)
        {
            Assert.False(PartialDate.Parse(text).Contains(interval.End.PlusDays(1)));
        }
    }

    [Fact]
    public void ToLocalDateAndToYearMonth_ThrowWhenThePartIsUnknown()
    {
        Assert.Throws<InvalidOperationException>(() => PartialDate.FromYear(2023).ToLocalDate());
        Assert.Throws<InvalidOperationException>(() => PartialDate.FromYearMonth(2023, 5).ToLocalDate());
        Assert.Throws<InvalidOperationException>(() => PartialDate.FromYear(2023).ToYearMonth());
        Assert.Equal(new YearMonth(2023, 5), PartialDate.FromYearMonth(2023, 5).ToYearMonth());
        Assert.Equal(new YearMonth(2023, 5), PartialDate.FromDate(2023, 5, 14).ToYearMonth());
        Assert.Equal(new LocalDate(2023, 5, 14), PartialDate.FromDate(2023, 5, 14).ToLocalDate());
    }

    [Fact]
    public void Contains_NonIsoDate_Throws()
    {
        Assert.Throws<ArgumentException>("date", () => PartialDate.FromYear(2023).Contains(new LocalDate(2023, 1, 1, CalendarSystem.Julian)));
    }

    private static T ParseGeneric<T>(string text)
        where T : IParsable<T> => T.Parse(text, provider: null);

    private static bool TryParseGeneric<T>(string text, out T? value)
        where T : ISpanParsable<T> => T.TryParse(text.AsSpan(), provider: null, out value);
}
