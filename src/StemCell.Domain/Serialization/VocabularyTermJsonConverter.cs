using System.Text.Json;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// The encoded codes of one vocabulary's terms under the name the writer has always used; every vocabulary shares the
/// one non-generic table of <see cref="VocabularyJsonConverter"/>, so this class holds nothing per vocabulary.
/// </summary>
/// <typeparam name="TTerm">The vocabulary.</typeparam>
internal static class VocabularyTermJsonConverter<TTerm>
    where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
{
    internal static EncodedVocabularyCodes EncodedCodes => default;
}

/// <summary>Gives a term's code encoded for a <see cref="Utf8JsonWriter"/>, by indexing with the term.</summary>
internal readonly struct EncodedVocabularyCodes
{
    internal JsonEncodedText this[IVocabularyTerm term] => VocabularyJsonConverter.EncodedCode(term);
}
