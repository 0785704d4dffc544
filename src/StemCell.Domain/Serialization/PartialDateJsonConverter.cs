using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Serialization;

/// <summary>Converts a <see cref="PartialDate"/> as ISO-8601 text at its own precision: <c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    // The longest partial date, a full date with a five-digit year and sign, is well under this.
    private const int MaxLength = 32;

    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"Expected a partial date as a JSON string ({PartialDate.ExpectedFormat}), but found {DocumentReader.TokenText(reader.TokenType)}.");
        }

        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength > MaxLength)
        {
            throw new JsonException(PartialDate.ParseErrorMessage(reader.GetString()));
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var text = buffer[..reader.CopyString(buffer)];
        return PartialDate.TryParse(text, out var value) ? value : throw new JsonException(PartialDate.ParseErrorMessage(text));
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValue(writer, value);
    }

    /// <summary>Writes a partial date as its ISO-8601 string, allocating nothing.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, PartialDate value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var formatted = value.TryFormat(buffer, out var length);
        writer.WriteStringValue(formatted ? buffer[..length] : value.ToString());
    }
}
