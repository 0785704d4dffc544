using System.Globalization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Explorer.Commands;

/// <summary>How values are written in tables: codes, since they are what the options accept, and a dash for nothing.</summary>
internal static class Text
{
    /// <summary>What a table shows for a value the dataset does not state.</summary>
    internal const string None = "-";

    internal static IReadOnlyList<string> Row(params string[] cells) => cells;

    internal static string Codes(IEnumerable<IVocabularyTerm?> terms) => Join(terms.OfType<IVocabularyTerm>().Select(t => t.Code));

    internal static string Code(IVocabularyTerm? term) => term?.Code ?? None;

    /// <summary>
    /// The shortest name of a term that the options accept and that is one word: an abbreviation where the vocabulary
    /// has one (<c>ALS</c> for amyotrophic-lateral-sclerosis), else the code.
    /// </summary>
    internal static string Short(IVocabularyTerm term) =>
        term.Synonyms.Where(s => !s.Contains(' ', StringComparison.Ordinal)).Append(term.Code).MinBy(s => s.Length)!;

    internal static string Join(IEnumerable<string> values)
    {
        var text = string.Join(", ", values.Distinct());
        return text.Length == 0 ? None : text;
    }

    internal static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // The vocabularies list both spellings of a name with an apostrophe (Lou Gehrig's, Lou Gehrig’s) so either is
    // found; a person needs to read it once.
    internal static string Synonyms(IVocabularyTerm term) =>
        Join(term.Synonyms.Select(s => s.Replace('\u2019', '\'')));
}
