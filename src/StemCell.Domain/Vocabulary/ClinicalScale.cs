using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>A clinical rating scale used to measure disability or function, with its range and direction.</summary>
/// <remarks>
/// No LOINC codes for these scales were verified, so none ship. Ranges: EDSS after Kurtzke 1983; ALSFRS-R after
/// Cedarbaum et al. 1999; MSFC after the National MS Society Clinical Outcomes Assessment Task Force; MiToS after
/// Chiò et al. 2015.
/// </remarks>
[JsonConverter(typeof(Serialization.ClinicalScaleJsonConverter))]
public sealed class ClinicalScale : VocabularyTerm<ClinicalScale>, IVocabulary<ClinicalScale>
{
    /// <summary>Kurtzke Expanded Disability Status Scale (EDSS), 0 to 10 in steps of 0.5; higher is worse.</summary>
    public static readonly ClinicalScale Edss = new(
        "edss", 1, "Expanded Disability Status Scale",
        "Kurtzke's scale of disability in multiple sclerosis, from 0 (normal neurological examination) to 10 (death due to MS) in half steps; steps up to 4.5 are set by eight functional systems, higher steps mainly by walking ability.",
        minimum: 0m, maximum: 10m, step: 0.5m, higherIsBetter: false, itemCount: null,
        ["EDSS", "Kurtzke EDSS", "Kurtzke Expanded Disability Status Scale"]);

    /// <summary>Revised ALS Functional Rating Scale (ALSFRS-R), 0 to 48; higher is better.</summary>
    public static readonly ClinicalScale AlsfrsR = new(
        "alsfrs-r", 2, "Revised ALS Functional Rating Scale",
        "Twelve items of daily function in ALS (bulbar, limb and respiratory), each scored from 4 (normal) to 0, for a total from 0 to 48; lower scores mean more impairment.",
        minimum: 0m, maximum: 48m, step: 1m, higherIsBetter: true, itemCount: 12,
        ["ALSFRS-R", "ALSFRS"]);

    /// <summary>Multiple Sclerosis Functional Composite (MSFC), a z-score; higher is better.</summary>
    public static readonly ClinicalScale Msfc = new(
        "msfc", 3, "Multiple Sclerosis Functional Composite",
        "A composite of the Timed 25-Foot Walk, the 9-Hole Peg Test and the PASAT-3, each converted to a z-score against a reference population and averaged; it has no fixed range.",
        minimum: null, maximum: null, step: null, higherIsBetter: true, itemCount: 3,
        ["MSFC"]);

    /// <summary>Milano-Torino (MiToS) functional staging of ALS, 0 to 5; higher is worse.</summary>
    public static readonly ClinicalScale MitosStaging = new(
        "mitos-staging", 4, "MiToS functional staging",
        "An ALS stage from 0 (involvement without loss of function) to 4, the number of four ALSFRS-R-derived domains (movement, swallowing, communication, breathing) in which independence is lost, with 5 for death.",
        minimum: 0m, maximum: 5m, step: 1m, higherIsBetter: false, itemCount: 4,
        ["MiToS"]);

    private ClinicalScale(
        string code,
        int value,
        string displayName,
        string definition,
        decimal? minimum,
        decimal? maximum,
        decimal? step,
        bool higherIsBetter,
        int? itemCount,
        IEnumerable<string> synonyms)
        : base(code, value, displayName, definition, synonyms)
    {
        Minimum = minimum;
        Maximum = maximum;
        Step = step;
        HigherIsBetter = higherIsBetter;
        ItemCount = itemCount;
    }

    /// <inheritdoc />
    public static ImmutableArray<ClinicalScale> All { get; } = [Edss, AlsfrsR, Msfc, MitosStaging];

    /// <inheritdoc />
    public static string VocabularyName => "clinical-scale";

    /// <summary>Gets the lowest possible score.</summary>
    /// <value>The minimum, or null when the scale is unbounded (a z-score).</value>
    public decimal? Minimum { get; }

    /// <summary>Gets the highest possible score.</summary>
    /// <value>The maximum, or null when the scale is unbounded (a z-score).</value>
    public decimal? Maximum { get; }

    /// <summary>Gets the step between possible scores.</summary>
    /// <value>For example 0.5 for EDSS, or null when scores are continuous.</value>
    public decimal? Step { get; }

    /// <summary>Gets a value indicating whether a higher score means better function.</summary>
    /// <value><see langword="true"/> for ALSFRS-R and MSFC; <see langword="false"/> for EDSS and MiToS.</value>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the number of items or components the score is built from.</summary>
    /// <value>For example 12 for ALSFRS-R, or null when the scale is not a sum of items.</value>
    public int? ItemCount { get; }

    /// <summary>Tells whether a score is one the scale can produce: within its range and on its steps.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when the score is possible on this scale.</returns>
    public bool IsValidScore(decimal score) =>
        (Minimum is null || score >= Minimum)
        && (Maximum is null || score <= Maximum)
        && (Step is null || (score - (Minimum ?? 0m)) % Step.Value == 0m);

    /// <summary>Tells whether a change in score is one the scale can produce: no larger than its range and on its steps.</summary>
    /// <param name="change">The change, positive or negative.</param>
    /// <returns><see langword="true"/> when the change is possible on this scale.</returns>
    public bool IsValidChange(decimal change) =>
        (Minimum is null || Maximum is null || Math.Abs(change) <= Maximum - Minimum)
        && (Step is null || change % Step.Value == 0m);

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        VocabularyExportWriter.WriteNullableNumber(writer, "minimum", Minimum);
        VocabularyExportWriter.WriteNullableNumber(writer, "maximum", Maximum);
        VocabularyExportWriter.WriteNullableNumber(writer, "step", Step);
        writer.WriteBoolean("higherIsBetter", HigherIsBetter);
        VocabularyExportWriter.WriteNullableNumber(writer, "itemCount", ItemCount);
    }
}
