using System.Collections.Immutable;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// What every term of every vocabulary has, whatever its vocabulary: the non-generic view used by
/// exporters, serializers and tools that handle terms of any vocabulary alike.
/// </summary>
/// <remarks>
/// Terms are singletons: each vocabulary declares its terms once and no other instance can be created,
/// so two terms are equal exactly when they are the same term. Every term is immutable and thread-safe.
/// </remarks>
public interface IVocabularyTerm
{
    /// <summary>Gets the stable wire code of the term.</summary>
    /// <value>A lower-kebab-case string such as <c>multiple-sclerosis</c>; never renamed once released.</value>
    string Code { get; }

    /// <summary>Gets the stable integer value of the term.</summary>
    /// <value>A positive integer unique within the vocabulary; never renumbered once released.</value>
    int Value { get; }

    /// <summary>Gets the human-readable name of the term.</summary>
    /// <value>The name as it is usually written, such as <c>Multiple sclerosis</c>.</value>
    string DisplayName { get; }

    /// <summary>Gets a one- or two-sentence definition of the term in this library's own words.</summary>
    /// <value>A plain-text definition.</value>
    string Definition { get; }

    /// <summary>Gets the synonyms and abbreviations people use for the term.</summary>
    /// <value>Alternative names, each of which <c>FromCode</c> also accepts (case-insensitively).</value>
    ImmutableArray<string> Synonyms { get; }

    /// <summary>Gets the cross-references of the term to standard terminologies.</summary>
    /// <value>Codings in declaration order; empty where no verified code exists.</value>
    ImmutableArray<Coding> Codings { get; }

    /// <summary>Gets the name of the vocabulary the term belongs to.</summary>
    /// <value>The vocabulary's lower-kebab-case name, such as <c>disease</c>.</value>
    string VocabularyName { get; }
}
