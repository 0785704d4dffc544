using System.Text.Json.Serialization;

namespace StemCell.Domain.Serialization.Wire;

/// <summary>
/// Source-generated metadata for the wire shapes, with the document format's rules: camelCase names, unknown
/// and duplicate properties rejected, required properties and nullability enforced, nulls not written,
/// two-space indentation with <c>\n</c> line ends whatever the platform, so output is byte-for-byte stable.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.Strict,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
    Converters = [typeof(VocabularyJsonConverterFactory), typeof(PartialDateJsonConverter), typeof(PeriodJsonConverter), typeof(ActualityJsonConverter)])]
[JsonSerializable(typeof(DatasetWire))]
[JsonSerializable(typeof(SourceWire))]
[JsonSerializable(typeof(StudyWire))]
[JsonSerializable(typeof(ClaimWire))]
[JsonSerializable(typeof(LocatorWire))]
[JsonSerializable(typeof(InstitutionWire))]
[JsonSerializable(typeof(RegistryIdentifierWire))]
[JsonSerializable(typeof(InterventionWire))]
[JsonSerializable(typeof(DoseWire))]
[JsonSerializable(typeof(FindingWire))]
[JsonSerializable(typeof(PopulationWire))]
[JsonSerializable(typeof(ResultWire))]
[JsonSerializable(typeof(ConfidenceIntervalWire))]
[JsonSerializable(typeof(ProposedMechanismWire))]
[JsonSerializable(typeof(SafetyWire))]
[JsonSerializable(typeof(EvidenceWire))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
