using System.Text.Json;
using System.Text.Json.Serialization;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization.Wire;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Converts a model type through its wire shape, so a model object read or written on its own (for example as
/// the body of a web request) follows exactly the rules of the dataset document.
/// </summary>
/// <remarks>
/// Reading is always strict, whatever the caller's <see cref="JsonSerializerOptions.UnmappedMemberHandling"/> (whose
/// default, skip, would otherwise let a typo silently drop data from a web request): the lenient mode is
/// <see cref="StemCellJson"/>'s, asked for explicitly with <see cref="StemCellJsonReaderOptions.Lenient"/>. Every problem, whether System.Text.Json or the model finds it, is thrown as one
/// <see cref="StemCellJsonException"/> listing each with its path in the caller's document (and line and position
/// where the JSON itself is wrong).
/// </remarks>
/// <typeparam name="TModel">The model type.</typeparam>
/// <typeparam name="TWire">Its wire shape.</typeparam>
internal abstract class WireBackedJsonConverter<TModel, TWire> : JsonConverter<TModel>
    where TModel : class
    where TWire : class
{
    public override TModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The converter cannot ask where its value sits in the caller's document; at the root it is "$", and anywhere
        // else System.Text.Json sets the path on the way out (see StemCellJsonException.ForValue).
        var atRoot = reader.CurrentDepth == 0;
        var subject = typeof(TModel).Name;
        var start = reader;
        TWire? wire;
        try
        {
            // The nested read shares the caller's reader, so its lines and positions are the caller's; its paths are
            // relative to this value, and StemCellJson's own rules turn them into the same problems a document gives.
            wire = JsonSerializer.Deserialize(ref reader, StemCellJson.WireTypeInfo<TWire>(StemCellJsonReaderOptions.Strict));
        }
        catch (JsonException e)
        {
            var error = StemCellJsonException.FromJsonException(e);
            var located = error.Path == "$" && JsonErrorPath.Find(start) is { } path
                ? [new ValidationProblem(path, error.Problems[0].Message)]
                : error.Problems;
            throw StemCellJsonException.ForValue(subject, located, atRoot, error.LineNumber, error.BytePositionInLine, e);
        }
        catch (NotSupportedException e)
        {
            throw Rethrow(subject, StemCellJsonException.FromNotSupported(e), atRoot);
        }

        if (wire is null)
        {
            throw StemCellJsonException.ForValue(
                subject, [new ValidationProblem("$", $"Expected {subject} as a JSON object, but found null.")], atRoot, null, null, null);
        }

        var mapper = new WireMapper();
        TModel? model;
        try
        {
            model = ToModel(mapper, wire, "$");
        }
        catch (StemCellJsonException e)
        {
            throw Rethrow(subject, e, atRoot);
        }

        var problems = new ProblemCollector();
        problems.AddRange(string.Empty, mapper.Problems);
        if (model is not null && !mapper.HasProblems)
        {
            problems.AddRange("$", Validate(model));
        }

        if (model is not null && problems.IsEmpty)
        {
            return model;
        }

        throw StemCellJsonException.ForValue(subject, problems.ToImmutable(), atRoot, null, null, null);
    }

    public override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteModel(writer, value);
    }

    private protected abstract TModel? ToModel(WireMapper mapper, TWire wire, string path);

    /// <summary>The model's own validation of a value read alone, with paths relative to the value.</summary>
    private protected virtual IEnumerable<ValidationProblem> Validate(TModel model) => [];

    private static StemCellJsonException Rethrow(string subject, StemCellJsonException error, bool atRoot) =>
        StemCellJsonException.ForValue(subject, error.Problems, atRoot, error.LineNumber, error.BytePositionInLine, error.InnerException ?? error);

    /// <summary>Writes the value in the document format, as <see cref="ModelJsonWriter"/> writes it in a document.</summary>
    private protected abstract void WriteModel(Utf8JsonWriter writer, TModel value);
}

internal sealed class EvidenceDatasetJsonConverter : WireBackedJsonConverter<EvidenceDataset, DatasetWire>
{
    private protected override EvidenceDataset? ToModel(WireMapper mapper, DatasetWire wire, string path) =>
        StemCellJson.FormatVersionProblem(wire.FormatVersion) is { } problem
            ? throw StemCellJsonException.FromProblem(ProblemCollector.Combine(path, "formatVersion"), problem)
            : mapper.ToDataset(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, EvidenceDataset value) => ModelJsonWriter.WriteDataset(writer, value, StemCellJson.FormatVersion);
}

internal sealed class SourceJsonConverter : WireBackedJsonConverter<Source, SourceWire>
{
    private protected override Source? ToModel(WireMapper mapper, SourceWire wire, string path) => mapper.ToSource(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Source value) => ModelJsonWriter.WriteSource(writer, value);
}

internal sealed class ClaimJsonConverter : WireBackedJsonConverter<Claim, ClaimWire>
{
    private protected override Claim? ToModel(WireMapper mapper, ClaimWire wire, string path) => mapper.ToClaim(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Claim value) => ModelJsonWriter.WriteClaim(writer, value);
}

internal sealed class SourceLocatorJsonConverter : WireBackedJsonConverter<SourceLocator, LocatorWire>
{
    private protected override SourceLocator? ToModel(WireMapper mapper, LocatorWire wire, string path) => mapper.ToLocator(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, SourceLocator value) => ModelJsonWriter.WriteLocator(writer, value);
}

internal sealed class StudyJsonConverter : WireBackedJsonConverter<Study, StudyWire>
{
    private protected override Study? ToModel(WireMapper mapper, StudyWire wire, string path) => mapper.ToStudy(wire, path);

    // The single-study rules; which sources exist is known only to a dataset, which checks it itself.
    private protected override IEnumerable<ValidationProblem> Validate(Study model) => model.Validate().Problems;

    private protected override void WriteModel(Utf8JsonWriter writer, Study value) => ModelJsonWriter.WriteStudy(writer, value);
}

internal sealed class InstitutionJsonConverter : WireBackedJsonConverter<Institution, InstitutionWire>
{
    private protected override Institution? ToModel(WireMapper mapper, InstitutionWire wire, string path) => mapper.ToInstitution(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Institution value) => ModelJsonWriter.WriteInstitution(writer, value);
}

internal sealed class RegistryIdentifierJsonConverter : WireBackedJsonConverter<RegistryIdentifier, RegistryIdentifierWire>
{
    private protected override RegistryIdentifier? ToModel(WireMapper mapper, RegistryIdentifierWire wire, string path) =>
        mapper.ToRegistryIdentifier(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, RegistryIdentifier value) => ModelJsonWriter.WriteRegistryIdentifier(writer, value);
}

internal sealed class InterventionJsonConverter : WireBackedJsonConverter<Intervention, InterventionWire>
{
    private protected override Intervention? ToModel(WireMapper mapper, InterventionWire wire, string path) => mapper.ToIntervention(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Intervention value) => ModelJsonWriter.WriteIntervention(writer, value);
}

internal sealed class DoseJsonConverter : WireBackedJsonConverter<Dose, DoseWire>
{
    private protected override Dose? ToModel(WireMapper mapper, DoseWire wire, string path) => mapper.ToDose(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Dose value) => ModelJsonWriter.WriteDose(writer, value);
}

internal sealed class FindingJsonConverter : WireBackedJsonConverter<Finding, FindingWire>
{
    private protected override Finding? ToModel(WireMapper mapper, FindingWire wire, string path) => mapper.ToFinding(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Finding value) => ModelJsonWriter.WriteFinding(writer, value);
}

internal sealed class PopulationJsonConverter : WireBackedJsonConverter<Population, PopulationWire>
{
    private protected override Population? ToModel(WireMapper mapper, PopulationWire wire, string path) => mapper.ToPopulation(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, Population value) => ModelJsonWriter.WritePopulation(writer, value);
}

internal sealed class QuantitativeResultJsonConverter : WireBackedJsonConverter<QuantitativeResult, ResultWire>
{
    private protected override QuantitativeResult? ToModel(WireMapper mapper, ResultWire wire, string path) => mapper.ToResult(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, QuantitativeResult value) => ModelJsonWriter.WriteResult(writer, value);
}

internal sealed class ConfidenceIntervalJsonConverter : WireBackedJsonConverter<ConfidenceInterval, ConfidenceIntervalWire>
{
    private protected override ConfidenceInterval? ToModel(WireMapper mapper, ConfidenceIntervalWire wire, string path) =>
        mapper.ToConfidenceInterval(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, ConfidenceInterval value) => ModelJsonWriter.WriteConfidenceInterval(writer, value);
}

internal sealed class ProposedMechanismJsonConverter : WireBackedJsonConverter<ProposedMechanism, ProposedMechanismWire>
{
    private protected override ProposedMechanism? ToModel(WireMapper mapper, ProposedMechanismWire wire, string path) => mapper.ToMechanism(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, ProposedMechanism value) => ModelJsonWriter.WriteMechanism(writer, value);
}

internal sealed class TermEvidenceJsonConverter : WireBackedJsonConverter<TermEvidence, EvidenceWire>
{
    private protected override TermEvidence? ToModel(WireMapper mapper, EvidenceWire wire, string path) => mapper.ToEvidence(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, TermEvidence value) => ModelJsonWriter.WriteEvidence(writer, value);
}

internal sealed class SafetyProfileJsonConverter : WireBackedJsonConverter<SafetyProfile, SafetyWire>
{
    private protected override SafetyProfile? ToModel(WireMapper mapper, SafetyWire wire, string path) => mapper.ToSafety(wire, path);

    private protected override void WriteModel(Utf8JsonWriter writer, SafetyProfile value) => ModelJsonWriter.WriteSafety(writer, value);
}
