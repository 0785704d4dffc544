using System.Collections.Immutable;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// Implemented by each vocabulary type to declare its terms explicitly, so lookups never depend on
/// reflection (which trimming and NativeAOT break).
/// </summary>
/// <typeparam name="TTerm">The vocabulary type itself.</typeparam>
public interface IVocabulary<TTerm>
    where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
{
    /// <summary>Gets every term of the vocabulary in declaration order.</summary>
    /// <value>A cached, immutable, declaration-ordered list.</value>
    static abstract ImmutableArray<TTerm> All { get; }

    /// <summary>Gets the name of the vocabulary.</summary>
    /// <value>A lower-kebab-case name such as <c>disease-course</c>; used in messages, exports and schemas.</value>
    static abstract string VocabularyName { get; }

    /// <summary>Finds the term whose code is exactly <paramref name="code"/> (ordinal: no synonym, no other case).</summary>
    /// <remarks>
    /// Generated from the vocabulary's definition as a <c>switch</c> on the text: the strict reader's lookup of a code
    /// then needs no table built at run time, which a process would otherwise pay for at start-up for every vocabulary
    /// it reads. Internal, so only the library's generated vocabularies implement it.
    /// </remarks>
    internal static abstract TTerm? FindCode(ReadOnlySpan<char> code);
}
