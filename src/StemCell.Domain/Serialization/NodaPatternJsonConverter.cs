using System.Text.Json;
using System.Text.Json.Serialization;
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
internal sealed class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _expected;

    internal NodaPatternJsonConverter(IPattern<T> pattern, string expected)
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
