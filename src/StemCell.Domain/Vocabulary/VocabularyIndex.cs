using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace StemCell.Domain.Vocabulary;

/// <summary>Finds a term of one vocabulary by some text; null when no term has it.</summary>
internal delegate IVocabularyTerm? TermFinder(ReadOnlySpan<char> text);

/// <summary>
/// The lookups of one vocabulary. Not generic: every vocabulary shares this one class, which keeps a NativeAOT image from
/// carrying a copy of its machinery per vocabulary; the typed lookups cast what it finds.
/// </summary>
/// <remarks>
/// It builds no table: the vocabulary's generated <see cref="IVocabulary{TTerm}.FindCode"/> and
/// <see cref="IVocabulary{TTerm}.FindFolded"/> are <c>switch</c>es that the compiler turns into a search on the text's
/// length and characters, so the first lookup of a vocabulary costs what any other does. The generator checks the
/// vocabulary's invariants (lower-kebab-case codes; codes, values and synonyms unique ignoring case) when it writes them.
/// </remarks>
internal sealed class VocabularyIndex
{
    private readonly TermFinder _findCode;
    private readonly TermFinder _findFolded;

    // The longest code or synonym: text longer than it matches nothing, which bounds the buffer text is folded into.
    private readonly int _longestKey;

    internal VocabularyIndex(ImmutableArray<IVocabularyTerm> terms, string vocabularyName, TermFinder findCode, TermFinder findFolded)
    {
        Terms = terms;
        VocabularyName = vocabularyName;
        _findCode = findCode;
        _findFolded = findFolded;
        foreach (var term in terms)
        {
            _longestKey = Math.Max(_longestKey, term.Code.Length);
            foreach (var synonym in term.Synonyms)
            {
                _longestKey = Math.Max(_longestKey, synonym.Length);
            }
        }
    }

    internal ImmutableArray<IVocabularyTerm> Terms { get; }

    internal string VocabularyName { get; }

    /// <summary>Gets the codes of the vocabulary as one comma-separated list, for error messages.</summary>
    internal string ExpectedCodes => field ??= string.Join(", ", Terms.Select(t => t.Code));

    /// <summary>Describes an unknown code and the codes that were expected, for every error that reports one.</summary>
    internal string UnknownCodeMessage(string code, bool synonymsAccepted = true) =>
        $"'{code}' is not a {VocabularyName} code. Expected one of: {ExpectedCodes}{(synonymsAccepted ? " (or a documented synonym)" : string.Empty)}.";

    /// <summary>Finds the term with a code or documented synonym, ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
    internal bool TryFind(ReadOnlySpan<char> text, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        // A code as written, the usual case, is its own folded form.
        term = _findFolded(text);
        if (term is not null)
        {
            return true;
        }

        // Ignoring case, equal texts have equal lengths.
        if (text.Length > _longestKey)
        {
            return false;
        }

        Span<char> folded = stackalloc char[_longestKey];
        if (Ascii.ToLower(text, folded, out var length) == OperationStatus.Done)
        {
            term = _findFolded(folded[..length]);
            return term is not null;
        }

        // Text beyond ASCII, which the folded search does not hold: compared with every code and synonym, so that it
        // matches exactly what an ordinal case-insensitive comparison matches.
        term = FindIgnoringCase(text);
        return term is not null;
    }

    internal bool TryFindExactCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        term = _findCode(code);
        return term is not null;
    }

    /// <summary>Finds the term with a code, ignoring case, but not a synonym.</summary>
    internal bool TryFindCodeIgnoringCase(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        // Codes are unique ignoring case and no synonym equals another term's code (the generator checks both), so the
        // term found for a code is that code's.
        if (TryFind(code, out term) && code.Equals(term.Code, StringComparison.OrdinalIgnoreCase))
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

    private IVocabularyTerm? FindIgnoringCase(ReadOnlySpan<char> text)
    {
        foreach (var term in Terms)
        {
            if (text.Equals(term.Code, StringComparison.OrdinalIgnoreCase))
            {
                return term;
            }

            foreach (var synonym in term.Synonyms)
            {
                if (text.Equals(synonym, StringComparison.OrdinalIgnoreCase))
                {
                    return term;
                }
            }
        }

        return null;
    }
}
