using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Reads and writes one vocabulary's terms as their wire code, both as values and as dictionary keys.
/// Reading accepts the code or a documented synonym in any case, without allocating for the usual short codes.
/// </summary>
/// <typeparam name="TTerm">The vocabulary.</typeparam>
internal class VocabularyTermJsonConverter<TTerm> : JsonConverter<TTerm>
    where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
{
    // Codes and synonyms are short; longer input cannot match and is read as a string only to report it.
    private const int MaxStackCodeLength = 128;

    // Every code encoded once: writing a term is then a copy of its bytes, with no escaping check per write.
    internal static readonly FrozenDictionary<TTerm, JsonEncodedText> EncodedCodes =
        TTerm.All.ToFrozenDictionary(term => term, term => JsonEncodedText.Encode(term.Code));

    public override bool HandleNull => false;

    public override TTerm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {TTerm.VocabularyName} code as a JSON string, but found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        return ReadCode(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, TTerm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(EncodedCodes[value]);
    }

    public override TTerm ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCode(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TTerm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(EncodedCodes[value]);
    }

    private static TTerm ReadCode(ref Utf8JsonReader reader)
    {
        // The UTF-8 length bounds the number of UTF-16 characters the unescaped value can have.
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength <= MaxStackCodeLength)
        {
            Span<char> buffer = stackalloc char[MaxStackCodeLength];
            var length = reader.CopyString(buffer);
            if (VocabularyTerm<TTerm>.TryFromCode(buffer[..length], out var term))
            {
                return term;
            }

            throw UnknownCode(new string(buffer[..length]));
        }

        var code = reader.GetString()!;
        return VocabularyTerm<TTerm>.TryFromCode(code, out var longTerm) ? longTerm : throw UnknownCode(code);
    }

    private static JsonException UnknownCode(string code) => new(VocabularyTerm<TTerm>.UnknownCodeMessage(code));
}
