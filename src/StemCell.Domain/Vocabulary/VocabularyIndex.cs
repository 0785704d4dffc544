using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StemCell.Domain.Vocabulary;

/// <summary>Finds a term of one vocabulary by some text; null when no term has it.</summary>
internal delegate IVocabularyTerm? TermFinder(ReadOnlySpan<char> text);

/// <summary>
/// The lookups of one vocabulary. Not generic: every vocabulary shares this one class and one instantiation of the frozen
/// dictionary, which keeps a NativeAOT image from carrying a copy of their machinery per vocabulary; the typed lookups
/// cast what it finds.
/// </summary>
/// <remarks>
/// A code as the strict reader takes it, exactly, is found by the vocabulary's generated
/// <see cref="IVocabulary{TTerm}.FindCode"/>, a <c>switch</c> that the compiler turns into a search on the text's length
/// and characters: it needs no table, so reading a document builds none. A code or synonym in any case is found in a
/// frozen dictionary built on the first such lookup, which is faster than any switch for text that needs folding or
/// matches nothing. The generator checks the vocabulary's invariants (lower-kebab-case codes; codes, values and synonyms
/// unique ignoring case) when it writes the switch.
/// </remarks>
internal sealed class VocabularyIndex
{
    private readonly TermFinder _findCode;

    internal VocabularyIndex(ImmutableArray<IVocabularyTerm> terms, string vocabularyName, TermFinder findCode)
    {
        Terms = terms;
        VocabularyName = vocabularyName;
        _findCode = findCode;
    }

    internal ImmutableArray<IVocabularyTerm> Terms { get; }

    internal string VocabularyName { get; }

    /// <summary>Gets the codes of the vocabulary as one comma-separated list, for error messages.</summary>
    internal string ExpectedCodes => field ??= string.Join(", ", Terms.Select(t => t.Code));

    /// <summary>Gets the terms by code and synonym, ignoring case, built on first use.</summary>
    internal FrozenDictionary<string, IVocabularyTerm> ByCodeOrSynonym => IgnoringCase.Table;

    /// <summary>Gets the same table's lookup by characters, made once: making it checks its comparer each time.</summary>
    internal FrozenDictionary<string, IVocabularyTerm>.AlternateLookup<ReadOnlySpan<char>> ByCodeOrSynonymSpan => IgnoringCase.BySpan;

    // Two threads may both build it; either result is the same immutable table.
    private CaseInsensitiveTable IgnoringCase => field ??= new(BuildByCodeOrSynonym());

    /// <summary>Describes an unknown code and the codes that were expected, for every error that reports one.</summary>
    internal string UnknownCodeMessage(string code, bool synonymsAccepted = true) =>
        $"'{code}' is not a {VocabularyName} code. Expected one of: {ExpectedCodes}{(synonymsAccepted ? " (or a documented synonym)" : string.Empty)}.";

    /// <summary>Finds the term with a code or documented synonym, ignoring case.</summary>
    internal bool TryFind(ReadOnlySpan<char> text, [NotNullWhen(true)] out IVocabularyTerm? term) =>
        ByCodeOrSynonymSpan.TryGetValue(text, out term);

    internal bool TryFindExactCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        term = _findCode(code);
        return term is not null;
    }

    /// <summary>Finds the term with a code, ignoring case, but not a synonym.</summary>
    internal bool TryFindCodeIgnoringCase(string code, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        // Codes are unique ignoring case and no synonym equals another term's code (the generator checks both), so the
        // term found for a code is that code's.
        if (ByCodeOrSynonym.TryGetValue(code, out term) && code.Equals(term.Code, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        term = null;
        return false;
    }

    internal bool TryFindValue(int value, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        // A vocabulary has tens of terms at most: a scan beats building a table that start-up would pay for.
        foreach (var candidate in Terms)
        {
            if (candidate.Value == value)
            {
                term = candidate;
                return true;
            }
        }

        term = null;
        return false;
    }

    private FrozenDictionary<string, IVocabularyTerm> BuildByCodeOrSynonym()
    {
        // Codes first, then synonyms, in declaration order: a frozen dictionary's layout follows the order its keys come
        // in, and the lookup benchmarks compare it with one built in that order.
        var byKey = new Dictionary<string, IVocabularyTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in Terms)
        {
            byKey.Add(term.Code, term);
        }

        foreach (var term in Terms)
        {
            foreach (var synonym in term.Synonyms)
            {
                byKey.TryAdd(synonym, term);
            }
        }

        return byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The case-insensitive table with its lookup by characters, published together.</summary>
    private sealed class CaseInsensitiveTable(FrozenDictionary<string, IVocabularyTerm> table)
    {
        internal FrozenDictionary<string, IVocabularyTerm> Table { get; } = table;

        internal FrozenDictionary<string, IVocabularyTerm>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; } =
            table.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
