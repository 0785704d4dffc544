using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime value as an ISO-8601 string through one of NodaTime's own text patterns.
/// </summary>
/// <remarks>
/// Written here rather than taken from NodaTime.Serialization.SystemTextJson, whose 1.4.0 release produces
/// AOT analysis warnings (IL3053) in a NativeAOT publish.
/// </remarks>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _expected;

    private protected NodaPatternJsonConverter(IPattern<T> pattern, string expected)
    {
        _pattern = pattern;
        _expected = expected;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {_expected} as a JSON string, but found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        var text = reader.GetString()!;
        var result = _pattern.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"Expected {_expected}, but found '{text}'.", result.Exception);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_pattern.Format(value));
    }
}

/// <summary>Converts <see cref="LocalDate"/> as an ISO-8601 calendar date.</summary>
internal sealed class LocalDateJsonConverter() : NodaPatternJsonConverter<LocalDate>(
    LocalDatePattern.Iso, "an ISO-8601 date (yyyy-MM-dd) such as '2023-05-14'");

/// <summary>Converts <see cref="YearMonth"/> as an ISO-8601 year and month.</summary>
internal sealed class YearMonthJsonConverter() : NodaPatternJsonConverter<YearMonth>(
    YearMonthPattern.Iso, "an ISO-8601 year and month (yyyy-MM) such as '2023-05'");

/// <summary>Converts <see cref="Period"/> as an ISO-8601 duration, keeping its units as written.</summary>
internal sealed class PeriodJsonConverter() : NodaPatternJsonConverter<Period>(
    PeriodPattern.Roundtrip, "an ISO-8601 duration such as 'P3Y' or 'P6M'");
