using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Reads and writes the terms of every vocabulary as their wire code, both as values and as dictionary keys: one
/// converter for all of them, so a NativeAOT image carries no converter class per vocabulary. Reading accepts the
/// code or a documented synonym in any case, without allocating for the usual short codes.
/// </summary>
/// <remarks>
/// System.Text.Json hands it the vocabulary's type on every read (through the casting wrapper it puts around a
/// converter of a base type), and the catalog's descriptor of that type does the lookup.
/// </remarks>
internal sealed class VocabularyJsonConverter : JsonConverter<IVocabularyTerm>
{
    // Codes and synonyms are short; longer input cannot match and is read as a string only to report it.
    private const int MaxStackCodeLength = 128;

    private static readonly FrozenDictionary<Type, VocabularyDescriptor> ByType =
        Vocabularies.All.ToFrozenDictionary(vocabulary => vocabulary.TermType);

    private VocabularyJsonConverter()
    {
    }

    internal static VocabularyJsonConverter Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => ByType.ContainsKey(typeToConvert);

    public override IVocabularyTerm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var vocabulary = Vocabulary(typeToConvert);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {vocabulary.Name} code as a JSON string, but found {DocumentReader.TokenText(reader.TokenType)}.");
        }

        return ReadCode(ref reader, vocabulary);
    }

    public override void Write(Utf8JsonWriter writer, IVocabularyTerm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(EncodedCodes.ByTerm[value]);
    }

    public override IVocabularyTerm ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCode(ref reader, Vocabulary(typeToConvert));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, IVocabularyTerm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WritePropertyName(EncodedCodes.ByTerm[value]);
    }

    private static VocabularyDescriptor Vocabulary(Type type) =>
        ByType.TryGetValue(type, out var vocabulary)
            ? vocabulary
            : throw new InvalidOperationException($"{type} is not a vocabulary of the catalog (Vocabularies.All).");

    // Strict, as everywhere the library's types are read: the code itself, not a synonym or another letter case.
    private static IVocabularyTerm ReadCode(ref Utf8JsonReader reader, VocabularyDescriptor vocabulary)
    {
        // The UTF-8 length bounds the number of UTF-16 characters the unescaped value can have.
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength <= MaxStackCodeLength)
        {
            Span<char> buffer = stackalloc char[MaxStackCodeLength];
            if (vocabulary.TryFindExactCode(buffer[..reader.CopyString(buffer)], out var term))
            {
                return term;
            }
        }

        // A long text (a code written with escapes, or no code at all) is read as a string.
        var code = reader.GetString()!;
        if (vocabulary.TryFindExactCode(code, out var found))
        {
            return found;
        }

        throw new JsonException(vocabulary.TryFind(code, out var named)
            ? DocumentReader.NotTheCode(code, named)
            : vocabulary.UnknownCodeMessage(code, synonymsAccepted: false));
    }

    private static class EncodedCodes
    {
        /// <summary>Each term's code, encoded for a <see cref="Utf8JsonWriter"/>.</summary>
        internal static readonly FrozenDictionary<IVocabularyTerm, JsonEncodedText> ByTerm =
            Vocabularies.All.SelectMany(vocabulary => vocabulary.Terms)
                .ToFrozenDictionary<IVocabularyTerm, IVocabularyTerm, JsonEncodedText>(
                    term => term, term => JsonEncodedText.Encode(term.Code), ReferenceEqualityComparer.Instance);
    }
}

/// <summary>
/// Hands out the one <see cref="VocabularyJsonConverter"/> for every vocabulary type, for options configured with
/// <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/>; the library's own type infos of
/// the vocabularies (<c>VocabularyTypeInfos</c>, generated from the definitions) use the same converter.
/// </summary>
/// <remarks>
/// The vocabulary types carry no <c>[JsonConverter]</c> attribute, so the vocabulary does not depend on its
/// serialization. A caller's own source-generated context that names a vocabulary type therefore describes it as an
/// object as well; with these options its values are still read and written as codes, since converters in the options
/// come first.
/// </remarks>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    internal static VocabularyJsonConverterFactory Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => VocabularyJsonConverter.Instance.CanConvert(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        CanConvert(typeToConvert) ? VocabularyJsonConverter.Instance : null;
}
