using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.Serialization;

public class StemCellJsonConvertersTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters =
        {
            StemCellJsonConverters.VocabularyConverterFactory,
            StemCellJsonConverters.LocalDateConverter,
            StemCellJsonConverters.YearMonthConverter,
            StemCellJsonConverters.PeriodConverter,
        },
    };

    [Fact]
    public void VocabularyTerm_IsWrittenAsItsCode()
    {
        Assert.Equal("\"relapsing-remitting-ms\"", Write(DiseaseCourse.RelapsingRemittingMs));
    }

    [Theory]
    [InlineData("\"relapsing-remitting-ms\"")]
    [InlineData("\"relapsing\\u002dremitting-ms\"")]
    public void VocabularyTerm_ReadsItsCode(string json)
    {
        Assert.Same(DiseaseCourse.RelapsingRemittingMs, Read<DiseaseCourse>(json));
    }

    [Theory]
    [InlineData("\"RELAPSING-REMITTING-MS\"")]
    [InlineData("\"RRMS\"")]
    [InlineData("\"rrms\"")]
    public void VocabularyTerm_SynonymOrOtherCase_FailsNamingTheCodeMeant(string json)
    {
        // Strict wherever the library's types are read as JSON; binding from a route or query string takes synonyms.
        var error = Assert.Throws<JsonException>(() => Read<DiseaseCourse>(json));

        Assert.Contains("names the disease-course code 'relapsing-remitting-ms' but is not the code itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VocabularyTerm_UnknownCode_FailsNamingTheVocabularyAndExpectedCodes()
    {
        var error = Assert.Throws<JsonException>(() => Read<Disease>("\"parkinsons\""));

        Assert.Contains("'parkinsons' is not a disease code", error.Message, StringComparison.Ordinal);
        Assert.Contains("multiple-sclerosis, amyotrophic-lateral-sclerosis", error.Message, StringComparison.Ordinal);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void VocabularyTerm_LongUnknownText_FailsWithTheText()
    {
        var longText = new string('x', 300);

        var error = Assert.Throws<JsonException>(() => Read<Disease>($"\"{longText}\""));

        Assert.Contains(longText, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "a number")]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    [InlineData("true", "a boolean")]
    public void VocabularyTerm_NotAString_FailsSayingWhatWasFound(string json, string found)
    {
        var error = Assert.Throws<JsonException>(() => Read<Disease>(json));

        Assert.Contains($"Expected a disease code as a JSON string, but found {found}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VocabularyTerm_AsDictionaryKey_RoundTrips()
    {
        var counts = new Dictionary<Disease, int> { [Disease.MultipleSclerosis] = 2, [Disease.AmyotrophicLateralSclerosis] = 1 };

        var json = JsonSerializer.Serialize(counts, Options);
        var back = JsonSerializer.Deserialize<Dictionary<Disease, int>>("{\"multiple-sclerosis\":2,\"amyotrophic-lateral-sclerosis\":1}", Options)!;

        Assert.Equal("{\"multiple-sclerosis\":2,\"amyotrophic-lateral-sclerosis\":1}", json);
        Assert.Equal(counts, back);
    }

    [Fact]
    public void VocabularyTerm_UnknownDictionaryKey_Fails()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Disease, int>>("{\"parkinsons\":1}", Options));

        Assert.Contains("'parkinsons' is not a disease code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VocabularyConverterFactory_ConvertsEveryVocabularyOfTheLibrary()
    {
        var vocabularyTypes = typeof(IVocabularyTerm).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IVocabulary<>)));

        Assert.All(vocabularyTypes, t => Assert.True(StemCellJsonConverters.VocabularyConverterFactory.CanConvert(t), t.Name));
    }

    [Fact]
    public void VocabularyConverterFactory_DoesNotClaimOtherTypes()
    {
        Assert.False(StemCellJsonConverters.VocabularyConverterFactory.CanConvert(typeof(string)));
        Assert.False(StemCellJsonConverters.VocabularyConverterFactory.CanConvert(typeof(IVocabularyTerm)));
    }

    [Theory]
    [InlineData(2023, 5, 14, "\"2023-05-14\"")]
    [InlineData(1, 1, 1, "\"0001-01-01\"")]
    public void LocalDate_RoundTripsAsIsoDate(int year, int month, int day, string json)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(json, Write(date));
        Assert.Equal(date, Read<LocalDate>(json));
    }

    [Theory]
    [InlineData("\"2023-02-30\"")]
    [InlineData("\"2023-5-14\"")]
    [InlineData("\"14/05/2023\"")]
    [InlineData("\"2023\"")]
    public void LocalDate_NotAnIsoDate_FailsSayingWhatWasExpected(string json)
    {
        var error = Assert.Throws<JsonException>(() => Read<LocalDate>(json));

        Assert.Contains("Expected an ISO-8601 date (yyyy-MM-dd)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YearMonth_RoundTripsAsIsoYearMonth()
    {
        var value = new YearMonth(2017, 8);

        Assert.Equal("\"2017-08\"", Write(value));
        Assert.Equal(value, Read<YearMonth>("\"2017-08\""));
        Assert.Throws<JsonException>(() => Read<YearMonth>("\"2017-13\""));
    }

    [Theory]
    [InlineData("\"P3Y\"")]
    [InlineData("\"P36M\"")]
    [InlineData("\"P6M\"")]
    [InlineData("\"P2W\"")]
    [InlineData("\"P1Y6M\"")]
    public void Period_RoundTripsKeepingTheUnitsAsWritten(string json)
    {
        var period = Read<Period>(json);

        Assert.Equal(json, Write(period));
    }

    [Fact]
    public void Period_ThreeYears_IsP3Y()
    {
        Assert.Equal("\"P3Y\"", Write(Period.FromYears(3)));
        Assert.Equal(Period.FromYears(3), Read<Period>("\"P3Y\""));
    }

    [Theory]
    [InlineData("P3Y")]
    [InlineData("P18M")]
    [InlineData("P2W")]
    [InlineData("P10D")]
    [InlineData("P0D")]
    [InlineData("P999999999Y")]
    [InlineData("P1Y6M")]
    [InlineData("PT12H")]
    [InlineData("P-3Y")]
    [InlineData("P0003Y")]
    public void Period_ReadsAsNodaTimesRoundtripPatternParsesIt(string text)
    {
        var expected = PeriodPattern.Roundtrip.Parse(text).Value;

        Assert.Equal(expected, Read<Period>($"\"{text}\""));
        Assert.Equal(expected, Read<Period>($"\"{text.Replace("P", "\\u0050", StringComparison.Ordinal)}\""));
    }

    [Theory]
    [InlineData("\"PY\"")]
    [InlineData("\"P3X\"")]
    [InlineData("\"3 years\"")]
    [InlineData("\"\"")]
    [InlineData("36")]
    [InlineData("\"P2147483648D\"")] // too large a unit for a period: NodaTime throws for it rather than failing the parse
    public void Period_NotAnIsoDuration_Fails(string json)
    {
        Assert.Throws<JsonException>(() => Read<Period>(json));
    }

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
