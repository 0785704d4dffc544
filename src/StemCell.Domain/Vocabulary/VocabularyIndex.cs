using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// The lookup tables of one vocabulary, built once from its declared terms. Not generic: every vocabulary shares this one
/// class and one instantiation of each frozen dictionary, which keeps a NativeAOT image from carrying a copy of the
/// dictionaries' machinery per vocabulary; the typed lookups cast what it finds. Building it also checks the
/// vocabulary's own invariants (unique codes, values and synonyms; kebab-case codes), so a mistake in a
/// declaration fails the first lookup loudly instead of answering wrongly.
/// </summary>
internal sealed class VocabularyIndex
{
    private readonly FrozenDictionary<string, IVocabularyTerm> _byCodeOrSynonym;
    private readonly FrozenDictionary<string, IVocabularyTerm>.AlternateLookup<ReadOnlySpan<char>> _byCodeOrSynonymSpan;
    private readonly FrozenDictionary<string, IVocabularyTerm> _byCode;
    private readonly FrozenDictionary<string, IVocabularyTerm>.AlternateLookup<ReadOnlySpan<char>> _byCodeSpan;
    private readonly Dictionary<int, IVocabularyTerm> _byValue;

    // Built on first use: only TryFromName(…, ignoreCase: true) and error messages need them, and a frozen dictionary
    // costs more to build than any lookup in it, which a process's start-up would pay for every vocabulary it reads.
    private FrozenDictionary<string, IVocabularyTerm>? _byCodeIgnoringCase;
    private string? _expectedCodes;

    internal VocabularyIndex(ImmutableArray<IVocabularyTerm> terms, string vocabularyName)
    {
        if (terms.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException($"The {vocabularyName} vocabulary declares no terms.");
        }

        var byCodeOrSynonym = new Dictionary<string, IVocabularyTerm>(StringComparer.OrdinalIgnoreCase);
        var byValue = new Dictionary<int, IVocabularyTerm>();
        foreach (var term in terms)
        {
            if (term is null)
            {
                throw new InvalidOperationException(
                    $"The {vocabularyName} vocabulary lists a null term: its All list is declared before one of its terms.");
            }

            if (!Slug.IsKebabCase(term.Code))
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
        _byValue = byValue;
        VocabularyName = vocabularyName;
    }

    internal ImmutableArray<IVocabularyTerm> Terms { get; }

    internal string VocabularyName { get; }

    /// <summary>Gets the codes of the vocabulary as one comma-separated list, for error messages.</summary>
    internal string ExpectedCodes => _expectedCodes ??= string.Join(", ", Terms.Select(t => t.Code));

    /// <summary>Describes an unknown code and the codes that were expected, for every error that reports one.</summary>
    internal string UnknownCodeMessage(string code, bool synonymsAccepted = true) =>
        $"'{code}' is not a {VocabularyName} code. Expected one of: {ExpectedCodes}{(synonymsAccepted ? " (or a documented synonym)" : string.Empty)}.";

    /// <summary>Gets the terms by code and synonym, ignoring case, for <c>FromCode</c> and <c>TryFromCode</c>.</summary>
    internal FrozenDictionary<string, IVocabularyTerm> ByCodeOrSynonym => _byCodeOrSynonym;

    internal bool TryFind(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term) => _byCodeOrSynonymSpan.TryGetValue(code, out term);

    internal bool TryFindExactCode(string code, [NotNullWhen(true)] out IVocabularyTerm? term) => _byCode.TryGetValue(code, out term);

    internal bool TryFindExactCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term) => _byCodeSpan.TryGetValue(code, out term);

    internal bool TryFindCodeIgnoringCase(string code, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        // Codes are unique ignoring case (checked when the index is built), so this cannot collide; it lets a
        // case-insensitive lookup of a code compare in place instead of lower-casing (and allocating) the caller's text.
        // Two threads may both build it; either result is the same immutable table.
        _byCodeIgnoringCase ??= Terms.ToFrozenDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        return _byCodeIgnoringCase.TryGetValue(code, out term);
    }

    internal bool TryFindValue(int value, [NotNullWhen(true)] out IVocabularyTerm? term) => _byValue.TryGetValue(value, out term);
}
