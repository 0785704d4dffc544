using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// The lookup tables of one vocabulary, built once from its declared terms. Building it also checks the
/// vocabulary's own invariants (unique codes, values and synonyms; kebab-case codes), so a mistake in a
/// declaration fails the first lookup loudly instead of answering wrongly.
/// </summary>
internal sealed partial class VocabularyIndex<TTerm>
    where TTerm : class, IVocabularyTerm
{
    private readonly FrozenDictionary<string, TTerm> _byCodeOrSynonym;
    private readonly FrozenDictionary<string, TTerm>.AlternateLookup<ReadOnlySpan<char>> _byCodeOrSynonymSpan;
    private readonly FrozenDictionary<string, TTerm> _byCode;
    private readonly FrozenDictionary<string, TTerm>.AlternateLookup<ReadOnlySpan<char>> _byCodeSpan;
    private readonly FrozenDictionary<string, TTerm> _byCodeIgnoringCase;
    private readonly FrozenDictionary<int, TTerm> _byValue;

    internal VocabularyIndex(ImmutableArray<TTerm> terms, string vocabularyName)
    {
        if (terms.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException($"The {vocabularyName} vocabulary declares no terms.");
        }

        var byCodeOrSynonym = new Dictionary<string, TTerm>(StringComparer.OrdinalIgnoreCase);
        var byValue = new Dictionary<int, TTerm>();
        foreach (var term in terms)
        {
            if (term is null)
            {
                throw new InvalidOperationException(
                    $"The {vocabularyName} vocabulary lists a null term: its All list is declared before one of its terms.");
            }

            if (!IsKebabCase(term.Code))
            {
                throw new InvalidOperationException($"The {vocabularyName} code '{term.Code}' is not lower-kebab-case.");
            }

            if (term.Value < 0 || !byValue.TryAdd(term.Value, term))
            {
                throw new InvalidOperationException($"The {vocabularyName} value {term.Value} of '{term.Code}' is negative or not unique.");
            }

            if (!byCodeOrSynonym.TryAdd(term.Code, term))
            {
                throw new InvalidOperationException($"The {vocabularyName} code '{term.Code}' is not unique.");
            }
        }

        // Synonyms go in after every code so that a synonym can never shadow another term's code.
        foreach (var term in terms)
        {
            foreach (var synonym in term.Synonyms)
            {
                if (byCodeOrSynonym.TryGetValue(synonym, out var existing))
                {
                    if (!ReferenceEquals(existing, term))
                    {
                        throw new InvalidOperationException(
                            $"The {vocabularyName} synonym '{synonym}' of '{term.Code}' already names '{existing.Code}'.");
                    }

                    continue;
                }

                byCodeOrSynonym.Add(synonym, term);
            }
        }

        Terms = terms;
        _byCodeOrSynonym = byCodeOrSynonym.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byCodeOrSynonymSpan = _byCodeOrSynonym.GetAlternateLookup<ReadOnlySpan<char>>();
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        _byCodeSpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();

        // Codes are unique ignoring case (checked above), so this cannot collide; it lets a case-insensitive
        // lookup of a code compare in place instead of lower-casing (and allocating) the caller's text.
        _byCodeIgnoringCase = terms.ToFrozenDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        _byValue = byValue.ToFrozenDictionary();
        ImmutableArray<TTerm> sortedByCode = [.. terms.OrderBy(t => t.Code, StringComparer.Ordinal)];

        // Boxed once here: converting the array to the interface on every call would allocate each time.
        SortedByCode = sortedByCode;
        ExpectedCodes = string.Join(", ", terms.Select(t => t.Code));
    }

    internal ImmutableArray<TTerm> Terms { get; }

    internal IReadOnlyCollection<TTerm> SortedByCode { get; }

    /// <summary>Gets the codes of the vocabulary as one comma-separated list, for error messages.</summary>
    internal string ExpectedCodes { get; }

    internal static bool IsKebabCase(string code) => KebabCase().IsMatch(code);

    /// <summary>Gets the terms by code and synonym, ignoring case, for <c>FromCode</c> and <c>TryFromCode</c>.</summary>
    internal FrozenDictionary<string, TTerm> ByCodeOrSynonym => _byCodeOrSynonym;

    internal bool TryFind(ReadOnlySpan<char> code, out TTerm? term) => _byCodeOrSynonymSpan.TryGetValue(code, out term);

    internal bool TryFindExactCode(string code, out TTerm? term) => _byCode.TryGetValue(code, out term);

    internal bool TryFindExactCode(ReadOnlySpan<char> code, out TTerm? term) => _byCodeSpan.TryGetValue(code, out term);

    internal bool TryFindCodeIgnoringCase(string code, out TTerm? term) => _byCodeIgnoringCase.TryGetValue(code, out term);

    internal bool TryFindValue(int value, out TTerm? term) => _byValue.TryGetValue(value, out term);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
