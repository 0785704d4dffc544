using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization.Wire;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Converts a model type through its wire shape, so a model object read or written on its own (for example as
/// the body of a web request) follows exactly the rules of the dataset document.
/// </summary>
/// <remarks>
/// Reading honours the caller's <see cref="JsonSerializerOptions.UnmappedMemberHandling"/>: skip means lenient,
/// anything else strict. Every problem, whether System.Text.Json or the model finds it, is thrown as one
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
        var readerOptions = options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Skip
            ? StemCellJsonReaderOptions.Lenient
            : StemCellJsonReaderOptions.Strict;
        TWire? wire;
        try
        {
            // The nested read shares the caller's reader, so its lines and positions are the caller's; its paths are
            // relative to this value, and StemCellJson's own rules turn them into the same problems a document gives.
            wire = JsonSerializer.Deserialize(ref reader, StemCellJson.WireTypeInfo<TWire>(readerOptions));
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
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, ToWire(value), (JsonTypeInfo<TWire>)WireJsonContext.Default.GetTypeInfo(typeof(TWire))!);
    }

    private protected abstract TModel? ToModel(WireMapper mapper, TWire wire, string path);

    /// <summary>The model's own validation of a value read alone, with paths relative to the value.</summary>
    private protected virtual IEnumerable<ValidationProblem> Validate(TModel model) => [];

    private static StemCellJsonException Rethrow(string subject, StemCellJsonException error, bool atRoot) =>
        StemCellJsonException.ForValue(subject, error.Problems, atRoot, error.LineNumber, error.BytePositionInLine, error.InnerException ?? error);

    private protected abstract TWire ToWire(TModel value);
}

internal sealed class EvidenceDatasetJsonConverter : WireBackedJsonConverter<EvidenceDataset, DatasetWire>
{
    private protected override EvidenceDataset? ToModel(WireMapper mapper, DatasetWire wire, string path) =>
        StemCellJson.FormatVersionProblem(wire.FormatVersion) is { } problem
            ? throw StemCellJsonException.FromProblem(ProblemCollector.Combine(path, "formatVersion"), problem)
            : mapper.ToDataset(wire, path);

    private protected override DatasetWire ToWire(EvidenceDataset value) => WireMapper.FromDataset(value, StemCellJson.FormatVersion);
}

internal sealed class SourceJsonConverter : WireBackedJsonConverter<Source, SourceWire>
{
    private protected override Source? ToModel(WireMapper mapper, SourceWire wire, string path) => mapper.ToSource(wire, path);

    private protected override SourceWire ToWire(Source value) => WireMapper.FromSource(value);
}

internal sealed class ClaimJsonConverter : WireBackedJsonConverter<Claim, ClaimWire>
{
    private protected override Claim? ToModel(WireMapper mapper, ClaimWire wire, string path) => mapper.ToClaim(wire, path);

    private protected override ClaimWire ToWire(Claim value) => WireMapper.FromClaim(value);
}

internal sealed class SourceLocatorJsonConverter : WireBackedJsonConverter<SourceLocator, LocatorWire>
{
    private protected override SourceLocator? ToModel(WireMapper mapper, LocatorWire wire, string path) => mapper.ToLocator(wire, path);

    private protected override LocatorWire ToWire(SourceLocator value) => WireMapper.FromLocator(value);
}

internal sealed class StudyJsonConverter : WireBackedJsonConverter<Study, StudyWire>
{
    private protected override Study? ToModel(WireMapper mapper, StudyWire wire, string path) => mapper.ToStudy(wire, path);

    // The single-study rules; which sources exist is known only to a dataset, which checks it itself.
    private protected override IEnumerable<ValidationProblem> Validate(Study model) => model.Validate().Problems;

    private protected override StudyWire ToWire(Study value) => WireMapper.FromStudy(value);
}

internal sealed class InstitutionJsonConverter : WireBackedJsonConverter<Institution, InstitutionWire>
{
    private protected override Institution? ToModel(WireMapper mapper, InstitutionWire wire, string path) => mapper.ToInstitution(wire, path);

    private protected override InstitutionWire ToWire(Institution value) => WireMapper.FromInstitution(value);
}

internal sealed class RegistryIdentifierJsonConverter : WireBackedJsonConverter<RegistryIdentifier, RegistryIdentifierWire>
{
    private protected override RegistryIdentifier? ToModel(WireMapper mapper, RegistryIdentifierWire wire, string path) =>
        mapper.ToRegistryIdentifier(wire, path);

    private protected override RegistryIdentifierWire ToWire(RegistryIdentifier value) => WireMapper.FromRegistryIdentifier(value);
}

internal sealed class InterventionJsonConverter : WireBackedJsonConverter<Intervention, InterventionWire>
{
    private protected override Intervention? ToModel(WireMapper mapper, InterventionWire wire, string path) => mapper.ToIntervention(wire, path);

    private protected override InterventionWire ToWire(Intervention value) => WireMapper.FromIntervention(value);
}

internal sealed class DoseJsonConverter : WireBackedJsonConverter<Dose, DoseWire>
{
    private protected override Dose? ToModel(WireMapper mapper, DoseWire wire, string path) => mapper.ToDose(wire, path);

    private protected override DoseWire ToWire(Dose value) => WireMapper.FromDose(value);
}

internal sealed class FindingJsonConverter : WireBackedJsonConverter<Finding, FindingWire>
{
    private protected override Finding? ToModel(WireMapper mapper, FindingWire wire, string path) => mapper.ToFinding(wire, path);

    private protected override FindingWire ToWire(Finding value) => WireMapper.FromFinding(value);
}

internal sealed class PopulationJsonConverter : WireBackedJsonConverter<Population, PopulationWire>
{
    private protected override Population? ToModel(WireMapper mapper, PopulationWire wire, string path) => mapper.ToPopulation(wire, path);

    private protected override PopulationWire ToWire(Population value) => WireMapper.FromPopulation(value);
}

internal sealed class QuantitativeResultJsonConverter : WireBackedJsonConverter<QuantitativeResult, ResultWire>
{
    private protected override QuantitativeResult? ToModel(WireMapper mapper, ResultWire wire, string path) => mapper.ToResult(wire, path);

    private protected override ResultWire ToWire(QuantitativeResult value) => WireMapper.FromResult(value);
}

internal sealed class ConfidenceIntervalJsonConverter : WireBackedJsonConverter<ConfidenceInterval, ConfidenceIntervalWire>
{
    private protected override ConfidenceInterval? ToModel(WireMapper mapper, ConfidenceIntervalWire wire, string path) =>
        mapper.ToConfidenceInterval(wire, path);

    private protected override ConfidenceIntervalWire ToWire(ConfidenceInterval value) => WireMapper.FromConfidenceInterval(value);
}

internal sealed class ProposedMechanismJsonConverter : WireBackedJsonConverter<ProposedMechanism, ProposedMechanismWire>
{
    private protected override ProposedMechanism? ToModel(WireMapper mapper, ProposedMechanismWire wire, string path) => mapper.ToMechanism(wire, path);

    private protected override ProposedMechanismWire ToWire(ProposedMechanism value) => WireMapper.FromMechanism(value);
}

internal sealed class SafetyProfileJsonConverter : WireBackedJsonConverter<SafetyProfile, SafetyWire>
{
    private protected override SafetyProfile? ToModel(WireMapper mapper, SafetyWire wire, string path) => mapper.ToSafety(wire, path);

    private protected override SafetyWire ToWire(SafetyProfile value) => WireMapper.FromSafety(value);
}
