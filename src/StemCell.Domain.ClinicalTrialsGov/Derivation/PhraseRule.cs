using System.Text.RegularExpressions;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Derivation;

/// <summary>A phrase that states a vocabulary term, as a pattern over a registry field's text.</summary>
/// <param name="Term">The term the phrase states.</param>
/// <param name="Pattern">The phrase. Patterns are case-insensitive unless they name an upper-case abbreviation (IV, MSC).</param>
internal sealed record PhraseRule(IVocabularyTerm Term, Regex Pattern)
{
    // The interpreter is enough: the fields are short and an importer reads each record once. RegexOptions.Compiled
    // would only slow start-up (and NativeAOT ignores it).
    private const RegexOptions CaseInsensitive = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant;

    /// <summary>A case-insensitive phrase, such as <c>intrathecal(ly)</c>.</summary>
    public static PhraseRule Words(IVocabularyTerm term, string pattern) => new(term, new Regex(pattern, CaseInsensitive));

    /// <summary>An abbreviation that only means the term in upper case (<c>IV</c>, not "iv" or "Iv" in a word).</summary>
    public static PhraseRule Abbreviation(IVocabularyTerm term, string pattern) => new(term, new Regex(pattern, CaseSensitive));
}
