using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ardalis.SmartEnum;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// The base of every vocabulary: a <see cref="SmartEnum{TEnum}"/> whose name is the term's stable wire
/// code, with a definition, synonyms, codings and lookups that work under trimming and NativeAOT.
/// </summary>
/// <typeparam name="TTerm">The vocabulary type itself.</typeparam>
/// <remarks>
/// <para>
/// Ardalis.SmartEnum 2.1.0 finds a vocabulary's terms by reflecting over its assembly, rebuilds and re-sorts
/// <c>List</c> on every call, and is nullable-oblivious. This base hides those static members
/// (<see cref="FromName(string, bool)"/>, <see cref="FromValue(int)"/>, <see cref="List"/>, …) with versions
/// that read the vocabulary's explicitly declared <see cref="IVocabulary{TTerm}.All"/> list instead, so they
/// allocate nothing and keep working in a trimmed or NativeAOT-published application.
/// </para>
/// <para>
/// Parsing: every vocabulary is <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>, so it binds
/// wherever .NET binds values (an ASP.NET Core route or query parameter, a configuration value). <c>Parse</c> and
/// <c>TryParse</c> accept what <see cref="FromCode(string)"/> accepts: a code or a documented synonym, in any case; the
/// format provider is ignored, as codes do not depend on culture.
/// </para>
/// <para>
/// Equality: terms are singletons, so equality is identity (SmartEnum compares values, which are unique
/// within a vocabulary). Ordering compares <see cref="IVocabularyTerm.Value"/>, never the name.
/// </para>
/// </remarks>
public abstract class VocabularyTerm<TTerm> : SmartEnum<TTerm>, IVocabularyTerm, IExportedTerm, ISpanParsable<TTerm>
    where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
{
    private protected VocabularyTerm(
        string code,
        int value,
        string displayName,
        string definition,
        IEnumerable<string>? synonyms = null,
        IEnumerable<Coding>? codings = null)
        : base(Preconditions.CheckNotBlank(code), value)
    {
        DisplayName = Preconditions.CheckNotBlank(displayName);
        Definition = Preconditions.CheckNotBlank(definition);
        Synonyms = Preconditions.CheckElementsNotBlank(synonyms);
        Codings = Preconditions.CheckElementsNotNull(codings);
    }

    /// <inheritdoc />
    public string Code => Name;

    /// <inheritdoc />
    public string DisplayName { get; }

    /// <inheritdoc />
    public string Definition { get; }

    /// <inheritdoc />
    public ImmutableArray<string> Synonyms { get; }

    /// <inheritdoc />
    public ImmutableArray<Coding> Codings { get; }

    /// <inheritdoc />
    string IVocabularyTerm.VocabularyName => TTerm.VocabularyName;

    /// <summary>Gets every term of the vocabulary, sorted by code as SmartEnum's <c>List</c> is.</summary>
    /// <value>A cached immutable list; use <see cref="IVocabulary{TTerm}.All"/> for declaration order.</value>
    public static new IReadOnlyCollection<TTerm> List => IndexHolder.SortedByCode;

    /// <summary>Gets the vocabulary's lookup tables, shared with its <see cref="VocabularyDescriptor"/>.</summary>
    internal static VocabularyIndex Index => IndexHolder.Index;

    /// <summary>Finds the term with the given code or documented synonym, ignoring case.</summary>
    /// <param name="code">A code such as <c>multiple-sclerosis</c>, or a synonym such as <c>MS</c>.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No term has that code or synonym; the message lists the codes.</exception>
    public static TTerm FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Typed(SynonymHolder.ByCodeOrSynonym.TryGetValue(code, out var term), term, out var typed)
            ? typed
            : throw new ArgumentException(UnknownCodeMessage(code), nameof(code));
    }

    /// <summary>Describes an unknown code and the codes that were expected, for every error that reports one.</summary>
    internal static string UnknownCodeMessage(string code, bool synonymsAccepted = true) => Index.UnknownCodeMessage(code, synonymsAccepted);

    /// <summary>Tries to find the term with the given code or documented synonym, ignoring case.</summary>
    /// <param name="code">A code or synonym; null finds nothing.</param>
    /// <param name="term">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out TTerm? term)
    {
        if (code is null)
        {
            term = null;
            return false;
        }

        return Typed(SynonymHolder.ByCodeOrSynonym.TryGetValue(code, out var found), found, out term);
    }

    /// <summary>Tries to find the term with the given code or documented synonym, ignoring case, without allocating.</summary>
    /// <param name="code">The characters of a code or synonym.</param>
    /// <param name="term">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out TTerm? term)
    {
        // The exact code first, by the generated switch: the span lookup of a frozen dictionary is not inlined.
        term = TTerm.FindCode(code);
        return term is not null || Typed(SynonymHolder.ByCodeOrSynonymSpan.TryGetValue(code, out var found), found, out term);
    }

    /// <summary>Finds the term whose canonical code is exactly <paramref name="code"/> (ordinal: no synonym, no other case), as a strict reader does.</summary>
    internal static bool TryFromExactCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out TTerm? term)
    {
        term = TTerm.FindCode(code);
        return term is not null;
    }

    /// <summary>Parses a code or documented synonym, ignoring case.</summary>
    /// <param name="s">A code such as <c>amyotrophic-lateral-sclerosis</c>, or a synonym such as <c>ALS</c>.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">No term has that code or synonym; the message lists the codes.</exception>
    public static TTerm Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s.AsSpan(), provider, out var term) ? term : throw new FormatException(UnknownCodeMessage(s));
    }

    /// <summary>Parses the characters of a code or documented synonym, ignoring case.</summary>
    /// <param name="s">The characters of a code or synonym.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <returns>The term.</returns>
    /// <exception cref="FormatException">No term has that code or synonym; the message lists the codes.</exception>
    public static TTerm Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var term) ? term : throw new FormatException(UnknownCodeMessage(s.ToString()));

    /// <summary>Tries to parse a code or documented synonym, ignoring case.</summary>
    /// <param name="s">A code or synonym; null finds nothing.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <param name="result">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TTerm result) =>
        TryFromCode(s, out result);

    /// <summary>Tries to parse the characters of a code or documented synonym, ignoring case, without allocating.</summary>
    /// <param name="s">The characters of a code or synonym.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <param name="result">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TTerm result) =>
        TryFromCode(s, out result);

    /// <summary>Finds the term whose SmartEnum name (its code) is <paramref name="name"/>.</summary>
    /// <param name="name">The code.</param>
    /// <param name="ignoreCase">Whether to ignore case. Synonyms are not accepted here; use <see cref="FromCode(string)"/>.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="SmartEnumNotFoundException">No term has that code.</exception>
    public static new TTerm FromName(string name, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryFromName(name, ignoreCase, out var term)
            ? term
            : throw new SmartEnumNotFoundException($"No {TTerm.VocabularyName} with code '{name}' found.");
    }

    /// <summary>Tries to find the term whose code is exactly <paramref name="name"/>, without allocating.</summary>
    /// <param name="name">The code; null finds nothing.</param>
    /// <param name="result">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public static new bool TryFromName([NotNullWhen(true)] string? name, [NotNullWhen(true)] out TTerm? result) =>
        TryFromName(name, ignoreCase: false, out result);

    /// <summary>Tries to find the term whose code is <paramref name="name"/>, without allocating.</summary>
    /// <param name="name">The code; null finds nothing.</param>
    /// <param name="ignoreCase">Whether to ignore case (ordinal, culture-independent).</param>
    /// <param name="result">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found; <see langword="false"/> when none was or <paramref name="name"/> is null.</returns>
    public static new bool TryFromName([NotNullWhen(true)] string? name, bool ignoreCase, [NotNullWhen(true)] out TTerm? result)
    {
        if (name is null)
        {
            result = null;
            return false;
        }

        return ignoreCase ? Typed(Index.TryFindCodeIgnoringCase(name, out var term), term, out result) : TryFromExactCode(name, out result);
    }

    /// <summary>Finds the term with the given stable integer value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The term.</returns>
    /// <exception cref="SmartEnumNotFoundException">No term has that value.</exception>
    public static new TTerm FromValue(int value) =>
        TryFromValue(value, out var term)
            ? term
            : throw new SmartEnumNotFoundException($"No {TTerm.VocabularyName} with value {value} found.");

    /// <summary>Finds the term with the given value, or returns <paramref name="defaultValue"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="defaultValue">What to return when no term has that value.</param>
    /// <returns>The term, or <paramref name="defaultValue"/>.</returns>
    public static new TTerm FromValue(int value, TTerm defaultValue) =>
        TryFromValue(value, out var term) ? term : defaultValue;

    /// <summary>Tries to find the term with the given stable integer value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="result">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term was found.</returns>
    public static new bool TryFromValue(int value, [NotNullWhen(true)] out TTerm? result) =>
        Typed(Index.TryFindValue(value, out var found), found, out result);

    /// <summary>Returns the term's code.</summary>
    /// <returns>The code, which is also the term's wire value.</returns>
    public override string ToString() => Code;

    /// <inheritdoc />
    void IExportedTerm.WriteExport(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        VocabularyExportWriter.WriteCommonProperties(writer, this);
        writer.WriteStartObject("attributes");
        WriteExportAttributes(writer);
        writer.WriteEndObject();
        writer.WriteStartObject("relations");
        WriteExportRelations(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the vocabulary's own plain-valued properties (a URI, a range, a mapping) as properties of the
    /// export's <c>attributes</c> object. Overridden by every vocabulary that has such properties.
    /// </summary>
    private protected virtual void WriteExportAttributes(Utf8JsonWriter writer)
    {
    }

    /// <summary>
    /// Writes the term's links to terms of other vocabularies as properties of the export's <c>relations</c>
    /// object, with <c>VocabularyExportWriter.WriteRelation</c>.
    /// Overridden by every vocabulary that has relations.
    /// </summary>
    private protected virtual void WriteExportRelations(Utf8JsonWriter writer)
    {
    }

    /// <summary>Finds the term whose <paramref name="key"/> (a code of another system, such as a registry's status) is <paramref name="value"/>.</summary>
    /// <param name="key">The other system's code of a term.</param>
    /// <param name="value">The code to find; null finds nothing.</param>
    /// <param name="comparison">How that system compares its codes.</param>
    /// <param name="term">The term found, or null.</param>
    /// <returns><see langword="true"/> when a term has that code.</returns>
    private protected static bool TryFindByKey(Func<TTerm, string> key, [NotNullWhen(true)] string? value, StringComparison comparison, [NotNullWhen(true)] out TTerm? term)
    {
        foreach (var candidate in TTerm.All)
        {
            if (string.Equals(key(candidate), value, comparison))
            {
                term = candidate;
                return true;
            }
        }

        term = null;
        return false;
    }

    /// <summary>Finds the term whose <paramref name="key"/> is <paramref name="value"/>, or throws naming what was expected.</summary>
    /// <param name="key">The other system's code of a term.</param>
    /// <param name="value">The code to find.</param>
    /// <param name="comparison">How that system compares its codes.</param>
    /// <param name="what">What the code is, for the message: "a FHIR research-study-phase code".</param>
    /// <param name="parameterName">The caller's parameter, for the exception.</param>
    /// <returns>The term.</returns>
    private protected static TTerm FindByKey(Func<TTerm, string> key, string value, StringComparison comparison, string what, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        return TryFindByKey(key, value, comparison, out var term)
            ? term
            : throw new ArgumentException($"'{value}' is not {what}. Expected one of: {string.Join(", ", TTerm.All.Select(key))}.", parameterName);
    }

    // The index holds the terms as IVocabularyTerm and hands back the very objects of TTerm.All, so the cast cannot fail.
    private static bool Typed(bool found, IVocabularyTerm? term, [NotNullWhen(true)] out TTerm? typed)
    {
        typed = found ? Unsafe.As<TTerm>(term) : null;
        return found;
    }

    // The lookup every FromCode and TryFromCode(string) makes, in a static readonly field of a holder of its own: the JIT
    // then knows the frozen dictionary's concrete class and inlines its lookup (through the index's instance field it
    // makes a virtual call, 3 ns or more of the benchmarks' 2 to 7), and it is built only when a lookup ignoring case is
    // made: a strict read finds its codes with the generated switch and builds no dictionary.
    private static class SynonymHolder
    {
        internal static readonly FrozenDictionary<string, IVocabularyTerm> ByCodeOrSynonym = IndexHolder.Index.ByCodeOrSynonym;

        internal static readonly FrozenDictionary<string, IVocabularyTerm>.AlternateLookup<ReadOnlySpan<char>> ByCodeOrSynonymSpan =
            IndexHolder.Index.ByCodeOrSynonymSpan;
    }

    // A nested holder so the index is built on first lookup, after the vocabulary's own static fields
    // (including All) are initialised: building it from the base class's static constructor would run
    // while the first term is still being constructed and see an unfinished All list.
    private static class IndexHolder
    {
        internal static readonly VocabularyIndex Index = new(
            ImmutableArray<IVocabularyTerm>.CastUp(TTerm.All), TTerm.VocabularyName, TTerm.FindCode);

        // Boxed once here: converting the array to the interface on every call would allocate each time.
        internal static readonly IReadOnlyCollection<TTerm> SortedByCode = SortByCode();

        // Sorted through the non-generic Array.Sort, so that no sorting machinery is instantiated per vocabulary.
        private static ImmutableArray<TTerm> SortByCode()
        {
            var terms = TTerm.All.ToArray();
            var codes = new string[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                codes[i] = terms[i].Code;
            }

            Array.Sort(codes, (Array)terms, StringComparer.Ordinal);
            return ImmutableCollectionsMarshal.AsImmutableArray(terms);
        }
    }
}
