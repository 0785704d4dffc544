using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Benchmarks.Baseline;

// The practical limit for reading and writing a dataset document: the same JSON read into plain mutable classes with
// C# enums and a plain partial-date struct, through System.Text.Json source generation, with no validation, no
// immutable collections and no domain types. Every property of the format (src/StemCell.Domain/stemcell-dataset.schema.json)
// is read and written, so the baseline moves all the data the library moves; the serialization benchmarks' setup checks
// that it round-trips the library's documents without losing a value (BaselineRoundTrip).
#pragma warning disable CA1002, CA1819, CA2227 // Plain DTOs, as a program that only moves the JSON would write them.

public sealed class PocoDataset
{
    public string FormatVersion { get; set; } = "";

    public List<PocoSource>? Sources { get; set; }

    public List<PocoStudy>? Studies { get; set; }
}

public sealed class PocoSource
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public PocoEvidenceKind EvidenceKind { get; set; }

    public string? Publisher { get; set; }

    public List<string>? Authors { get; set; }

    public PocoPartialDate? PublicationDate { get; set; }

    public PocoLocator? Locator { get; set; }

    public List<PocoClaim>? Claims { get; set; }

    public string? Notes { get; set; }
}

public sealed class PocoLocator
{
    public string Kind { get; set; } = "";

    public string Value { get; set; } = "";
}

public sealed class PocoClaim
{
    public string Vocabulary { get; set; } = "";

    public string Code { get; set; } = "";

    public string Quote { get; set; } = "";
}

public sealed class PocoStudy
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public List<PocoInstitution>? Institutions { get; set; }

    public PocoDisease Disease { get; set; }

    public List<PocoDiseaseCourse>? Courses { get; set; }

    public PocoTrialPhase? Phase { get; set; }

    public PocoStudyStatus? Status { get; set; }

    public List<PocoStudyDesign>? Designs { get; set; }

    public int? Enrollment { get; set; }

    public PocoActuality? EnrollmentActuality { get; set; }

    public PocoPartialDate? ReportedIn { get; set; }

    public PocoPartialDate? StartDate { get; set; }

    public PocoActuality? StartDateActuality { get; set; }

    public PocoPartialDate? CompletionDate { get; set; }

    public PocoActuality? CompletionDateActuality { get; set; }

    public List<PocoRegistryIdentifier>? RegistryIdentifiers { get; set; }

    public List<PocoIntervention>? Interventions { get; set; }

    public List<PocoOutcomeMeasure>? OutcomeMeasures { get; set; }

    public List<PocoClinicalScale>? ClinicalScales { get; set; }

    public List<PocoFinding>? Findings { get; set; }

    public List<PocoMechanism>? Mechanisms { get; set; }

    public PocoSafety? Safety { get; set; }

    public List<PocoTermEvidence>? Evidence { get; set; }

    public List<string>? SourceIds { get; set; }

    public string? Notes { get; set; }
}

public sealed class PocoInstitution
{
    public string Name { get; set; } = "";

    public string? Country { get; set; }
}

public sealed class PocoRegistryIdentifier
{
    public PocoRegistry Registry { get; set; }

    public string Value { get; set; } = "";
}

public sealed class PocoIntervention
{
    public PocoStemCellType? StemCellType { get; set; }

    public PocoTissueSource? TissueSource { get; set; }

    public PocoDonorOrigin? DonorOrigin { get; set; }

    /// <summary>Format 1.0's single route, which readers still accept and the library never writes.</summary>
    public PocoDeliveryRoute? DeliveryRoute { get; set; }

    public List<PocoDeliveryRoute>? DeliveryRoutes { get; set; }

    public string? ConditioningRegimen { get; set; }

    public PocoDose? Dose { get; set; }

    public int? NumberOfAdministrations { get; set; }
}

public sealed class PocoDose
{
    public decimal Amount { get; set; }

    public PocoDoseUnit Unit { get; set; }
}

public sealed class PocoFinding
{
    public PocoOutcomeMeasure OutcomeMeasure { get; set; }

    public PocoOutcomeDirection Direction { get; set; }

    public PocoPopulation Population { get; set; } = new();

    public string Quote { get; set; } = "";

    public List<string>? SourceIds { get; set; }

    public PocoResult? Result { get; set; }

    /// <summary>An ISO-8601 period such as <c>P3Y</c>, kept as text: the BCL has no calendar period type.</summary>
    public string? TimeFrame { get; set; }
}

public sealed class PocoPopulation
{
    public string Kind { get; set; } = "";

    public string? Description { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PocoProportion), "proportion")]
[JsonDerivedType(typeof(PocoScaleScore), "scale-score")]
[JsonDerivedType(typeof(PocoScaleChange), "scale-change")]
[JsonDerivedType(typeof(PocoHazardRatio), "hazard-ratio")]
public abstract class PocoResult;

public sealed class PocoProportion : PocoResult
{
    public decimal Value { get; set; }

    public int? Numerator { get; set; }

    public int? Denominator { get; set; }
}

public sealed class PocoScaleScore : PocoResult
{
    public PocoClinicalScale Scale { get; set; }

    public decimal Score { get; set; }
}

public sealed class PocoScaleChange : PocoResult
{
    public PocoClinicalScale Scale { get; set; }

    public decimal Change { get; set; }
}

public sealed class PocoHazardRatio : PocoResult
{
    public decimal Estimate { get; set; }

    public PocoConfidenceInterval? ConfidenceInterval { get; set; }
}

public sealed class PocoConfidenceInterval
{
    public decimal Lower { get; set; }

    public decimal Upper { get; set; }

    public decimal Level { get; set; }
}

public sealed class PocoMechanism
{
    public PocoMechanismKind Mechanism { get; set; }

    public string Quote { get; set; } = "";
}

/// <summary>A study's evidence: the term is named by its vocabulary and code, as text, as in a source's claims.</summary>
public sealed class PocoTermEvidence
{
    public string Vocabulary { get; set; } = "";

    public string Code { get; set; } = "";

    public string Field { get; set; } = "";

    public string Quote { get; set; } = "";

    public string SourceId { get; set; } = "";
}

public sealed class PocoSafety
{
    public List<string>? SourceIds { get; set; }

    public PocoTolerability? Tolerability { get; set; }

    public List<string>? AdverseEvents { get; set; }

    public List<string>? Risks { get; set; }

    public string? Quote { get; set; }
}

/// <summary>
/// A date at the precision a document gives it (<c>2023</c>, <c>2023-05</c> or <c>2023-05-14</c>), as a plain program
/// would keep it: the numbers, no calendar checks beyond what parsing the digits does.
/// </summary>
[JsonConverter(typeof(PocoPartialDateConverter))]
public readonly record struct PocoPartialDate(int Year, int Month, int Day);

/// <summary>Reads and writes a <see cref="PocoPartialDate"/> at the precision it has.</summary>
public sealed class PocoPartialDateConverter : JsonConverter<PocoPartialDate>
{
    public override PocoPartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[16];
        var length = reader.CopyString(text);
        text = text[..length];
        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        var month = length >= 7 ? int.Parse(text[5..7], CultureInfo.InvariantCulture) : 0;
        var day = length == 10 ? int.Parse(text[8..10], CultureInfo.InvariantCulture) : 0;
        return new PocoPartialDate(year, month, day);
    }

    public override void Write(Utf8JsonWriter writer, PocoPartialDate value, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[10];
        value.Year.TryFormat(text, out _, "D4", CultureInfo.InvariantCulture);
        var length = 4;
        if (value.Month != 0)
        {
            text[4] = '-';
            value.Month.TryFormat(text[5..], out _, "D2", CultureInfo.InvariantCulture);
            length = 7;
        }

        if (value.Day != 0)
        {
            text[7] = '-';
            value.Day.TryFormat(text[8..], out _, "D2", CultureInfo.InvariantCulture);
            length = 10;
        }

        writer.WriteStringValue(text[..length]);
    }
}

/// <summary>The baseline's source-generated metadata, with the document's names and layout.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(PocoDataset))]
public sealed partial class PocoJsonContext : JsonSerializerContext;
#pragma warning restore CA1002, CA1819, CA2227
