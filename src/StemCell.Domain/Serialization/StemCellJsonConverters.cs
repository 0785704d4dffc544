using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Ready-made System.Text.Json converters for this library's types, for callers who assemble their own
/// <see cref="System.Text.Json.JsonSerializerOptions"/>. Most callers want <c>ConfigureForStemCellDomain</c> instead.
/// </summary>
/// <remarks>
/// Every converter is a thread-safe singleton. Failures are thrown as <see cref="System.Text.Json.JsonException"/>
/// saying what was expected, so System.Text.Json adds the JSON path, line and position.
/// </remarks>
public static class StemCellJsonConverters
{
    /// <summary>Gets the converter factory for every vocabulary.</summary>
    /// <value>
    /// A factory that writes a term as its code and reads a code or documented synonym in any case, as a value or
    /// as a dictionary key; an unknown code fails with the list of expected codes.
    /// </value>
    public static JsonConverterFactory VocabularyConverterFactory => Serialization.VocabularyJsonConverterFactory.Instance;

    /// <summary>Gets a converter for <see cref="LocalDate"/> as an ISO-8601 calendar date, <c>2023-05-14</c>.</summary>
    /// <value>A converter using <see cref="LocalDatePattern.Iso"/>.</value>
    public static JsonConverter<LocalDate> LocalDateConverter { get; } = new LocalDateJsonConverter();

    /// <summary>Gets a converter for <see cref="YearMonth"/> as an ISO-8601 year and month, <c>2023-05</c>.</summary>
    /// <value>A converter using <see cref="YearMonthPattern.Iso"/>.</value>
    public static JsonConverter<YearMonth> YearMonthConverter { get; } = new YearMonthJsonConverter();

    /// <summary>Gets a converter for <see cref="Period"/> as an ISO-8601 duration, <c>P3Y</c>.</summary>
    /// <value>
    /// A converter using <see cref="PeriodPattern.Roundtrip"/>, which keeps every unit as given (<c>P36M</c> stays
    /// 36 months rather than being normalised to three years), so nothing the caller wrote is changed.
    /// </value>
    public static JsonConverter<Period> PeriodConverter { get; } = new PeriodJsonConverter();

    /// <summary>Gets a converter for <see cref="PartialDate"/> as ISO-8601 text at its own precision: <c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>.</summary>
    /// <value>A converter that never adds a month or day the value does not have.</value>
    public static JsonConverter<PartialDate> PartialDateConverter { get; } = new PartialDateJsonConverter();
}
