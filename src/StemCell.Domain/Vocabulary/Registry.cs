using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A clinical trial registry that assigns identifiers to studies.</summary>
/// <remarks>
/// Each registry's identifiers have a fixed shape, which <see cref="IsValidIdentifier"/> checks exactly (case and
/// all): ClinicalTrials.gov assigns <c>NCT</c> and eight digits; the EU's EudraCT database assigns
/// <c>YYYY-NNNNNN-CC</c> (year of issue, six-digit sequence number, check digits); the ISRCTN registry assigns
/// <c>ISRCTN</c> and eight digits. The check is of form only: it cannot tell whether the registry issued the id.
/// </remarks>
[JsonConverter(typeof(Serialization.RegistryJsonConverter))]
public sealed class Registry : VocabularyTerm<Registry>, IVocabulary<Registry>
{
    /// <summary>ClinicalTrials.gov, the registry of the US National Library of Medicine.</summary>
    public static readonly Registry ClinicalTrialsGov = new(
        "clinicaltrials-gov", 1, "ClinicalTrials.gov",
        "The registry and results database of clinical studies run by the US National Library of Medicine, which identifies each study by an NCT number.",
        @"\ANCT[0-9]{8}\z", "NCT followed by eight digits, such as NCT04047628",
        ["ClinicalTrials.gov", "NCT", "CT.gov"]);

    /// <summary>EudraCT, the European Union's database of clinical trials of medicinal products from 2004.</summary>
    public static readonly Registry EudraCT = new(
        "eudract", 2, "EudraCT",
        "The European Union Drug Regulating Authorities Clinical Trials database of interventional trials of medicinal products in the European Economic Area from May 2004, which identifies each trial by a EudraCT number.",
        @"\A[0-9]{4}-[0-9]{6}-[0-9]{2}\z", "YYYY-NNNNNN-CC (year of issue, six-digit sequence number, two check digits), such as 2020-000979-21",
        ["EudraCT number", "EU Clinical Trials Register"]);

    /// <summary>The ISRCTN registry.</summary>
    public static readonly Registry Isrctn = new(
        "isrctn", 3, "ISRCTN registry",
        "A primary registry of the WHO International Clinical Trials Registry Platform, based in the United Kingdom, which identifies each study by an ISRCTN number.",
        @"\AISRCTN[0-9]{8}\z", "ISRCTN followed by eight digits",
        ["ISRCTN", "International Standard Randomised Controlled Trial Number"]);

    private readonly Regex _identifierRegex;

    private Registry(
        string code, int value, string displayName, string definition, string identifierPattern, string identifierFormat, IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
        IdentifierPattern = identifierPattern;
        IdentifierFormat = identifierFormat;
        _identifierRegex = new Regex(identifierPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <inheritdoc />
    public static ImmutableArray<Registry> All { get; } = [ClinicalTrialsGov, EudraCT, Isrctn];

    /// <inheritdoc />
    public static string VocabularyName => "registry";

    /// <summary>Gets the regular expression every identifier of this registry matches.</summary>
    /// <value>An anchored .NET regular expression, such as <c>\ANCT[0-9]{8}\z</c>.</value>
    public string IdentifierPattern { get; }

    /// <summary>Gets the shape of this registry's identifiers in words, for messages and documentation.</summary>
    /// <value>A phrase such as "NCT followed by eight digits, such as NCT04047628".</value>
    public string IdentifierFormat { get; }

    /// <summary>Tells whether text has the shape of this registry's identifiers.</summary>
    /// <param name="identifier">The identifier, exactly as it would be stored (no white space; letters in upper case).</param>
    /// <returns><see langword="true"/> when <paramref name="identifier"/> matches <see cref="IdentifierPattern"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public bool IsValidIdentifier(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return _identifierRegex.IsMatch(identifier);
    }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        writer.WriteString("identifierPattern", IdentifierPattern);
        writer.WriteString("identifierFormat", IdentifierFormat);
    }
}
