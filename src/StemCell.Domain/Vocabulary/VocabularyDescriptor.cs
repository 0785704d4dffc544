using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// One vocabulary as an entry of the <see cref="Vocabularies"/> catalog: its name, what it is for, its terms,
/// and code lookup, for code that handles every vocabulary alike without knowing its type.
/// </summary>
/// <remarks>
/// Descriptors are created only by the catalog, one per vocabulary, and are immutable; two descriptors are
/// equal exactly when they are the same descriptor. Lookups call the vocabulary's own
/// <see cref="VocabularyTerm{TTerm}.TryFromCode(ReadOnlySpan{char}, out TTerm)"/>, so they accept the same
/// codes and synonyms, ignore case the same way, and need no reflection.
/// </remarks>
public sealed class VocabularyDescriptor
{
    // The vocabulary's own index, reached through its type only when first used: building the catalog builds no index.
    // Listing the terms needs no index, so it reads the vocabulary's All list directly.
    private readonly Func<VocabularyIndex> _index;
    private readonly Func<ImmutableArray<IVocabularyTerm>> _terms;

    private VocabularyDescriptor(
        string name, string description, Type termType, Func<VocabularyIndex> index, Func<ImmutableArray<IVocabularyTerm>> terms)
    {
        Name = name;
        Description = Preconditions.CheckNotBlank(description);
        TermType = termType;
        _index = index;
        _terms = terms;
    }

    /// <summary>Gets the name of the vocabulary.</summary>
    /// <value>The vocabulary's lower-kebab-case <see cref="IVocabulary{TTerm}.VocabularyName"/>, such as <c>disease-course</c>.</value>
    public string Name { get; }

    /// <summary>Gets a one-line description of what the vocabulary names.</summary>
    /// <value>A plain-text sentence.</value>
    public string Description { get; }

    /// <summary>Gets the vocabulary's type.</summary>
    /// <value>The class that declares the terms, such as <see cref="Disease"/>.</value>
    public Type TermType { get; }

    /// <summary>Gets every term of the vocabulary.</summary>
    /// <value>The vocabulary's <see cref="IVocabulary{TTerm}.All"/> list, in declaration order.</value>
    public ImmutableArray<IVocabularyTerm> Terms => _terms();

    /// <summary>Finds the term with the given code or documented synonym, ignoring case.</summary>
    /// <param name="code">A code such as <c>multiple-sclerosis</c>, or a synonym such as <c>MS</c>.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No term has that code or synonym; the message names the vocabulary and lists its codes.</exception>
    public IVocabularyTerm Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _index().TryFind(code, out var term) ? term : throw new ArgumentException(UnknownCodeMessage(code), nameof(code));
    }

    /// <summary>Tries to find the term with the given code or documented synonym, ignoring case.</summary>
    /// <param name="code">A code or synonym; null finds nothing.</param>
    /// <param name="term">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public bool TryFind([NotNullWhen(true)] string? code, [NotNullWhen(true)] out IVocabularyTerm? term)
    {
        if (code is null)
        {
            term = null;
            return false;
        }

        return _index().TryFind(code, out term);
    }

    /// <summary>Tries to find the term with the given code or documented synonym, ignoring case, without allocating.</summary>
    /// <param name="code">The characters of a code or synonym.</param>
    /// <param name="term">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public bool TryFind(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term) => _index().TryFind(code, out term);

    /// <summary>Finds the term whose code is exactly <paramref name="code"/> (ordinal: no synonym, no other case), as a strict reader does.</summary>
    internal bool TryFindExactCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out IVocabularyTerm? term) => _index().TryFindExactCode(code, out term);

    /// <summary>Returns the vocabulary's name.</summary>
    /// <returns>The <see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Describes an unknown code and the vocabulary's codes, as every error that reports one does.</summary>
    internal string UnknownCodeMessage(string code, bool synonymsAccepted = true) => _index().UnknownCodeMessage(code, synonymsAccepted);

    /// <summary>Writes every term as an object of the exported vocabulary, in declaration order.</summary>
    internal void WriteTerms(Utf8JsonWriter writer)
    {
        foreach (var term in Terms)
        {
            ((IExportedTerm)term).WriteExport(writer);
        }
    }

    /// <summary>Describes a vocabulary; the generic argument is the only place its type appears, so no reflection is needed.</summary>
    /// <remarks>The descriptor shares the vocabulary's own index, so a term is found the same way through either.</remarks>
    internal static VocabularyDescriptor Create<TTerm>(string description)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm> =>
        new(
            TTerm.VocabularyName,
            description,
            typeof(TTerm),
            static () => VocabularyTerm<TTerm>.Index,
            static () => ImmutableArray<IVocabularyTerm>.CastUp(TTerm.All));
}
