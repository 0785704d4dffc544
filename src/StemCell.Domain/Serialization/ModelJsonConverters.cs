using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StemCell.Domain.Model;

namespace StemCell.Domain.Serialization;

/// <summary>
/// The converters of the model types, for a model object read or written on its own with <c>JsonSerializer</c> (for
/// example as the body of a web request): each reads with the document's own reader and rules, and writes as the
/// document writes. Registered through <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/>
/// or used through <see cref="StemCellJson.DatasetTypeInfo"/> and its siblings; the model types carry no attribute
/// naming them, so the model does not depend on its serialization.
/// </summary>
internal sealed class ModelJsonConverters : JsonConverterFactory, IJsonTypeInfoResolver
{
    private static readonly FrozenDictionary<Type, IModelJsonConverter> Converters = new IModelJsonConverter[]
    {
        new ModelJsonConverter<EvidenceDataset>("dataset", DatasetJson.Read, static (writer, dataset) => DatasetJson.Write(writer, dataset)),
        new ModelJsonConverter<Source>("source", SourceJson.Format.Read, SourceJson.Format.Write),
        new ModelJsonConverter<SourceLocator>("locator", LocatorJson.Format.Read, LocatorJson.Format.Write),
        new ModelJsonConverter<Claim>("claim", TermReferenceJson.ClaimFormat.Read, TermReferenceJson.ClaimFormat.Write),
        new ModelJsonConverter<Study>("study", ReadStudyAlone, StudyJson.Format.Write),
        new ModelJsonConverter<Institution>("institution", InstitutionJson.Format.Read, InstitutionJson.Format.Write),
        new ModelJsonConverter<RegistryIdentifier>("registry identifier", RegistryIdentifierJson.Format.Read, RegistryIdentifierJson.Format.Write),
        new ModelJsonConverter<Intervention>("intervention", InterventionJson.Format.Read, InterventionJson.Format.Write),
        new ModelJsonConverter<Dose>("dose", DoseJson.Format.Read, DoseJson.Format.Write),
        new ModelJsonConverter<Finding>("finding", FindingJson.Format.Read, FindingJson.Format.Write),
        new ModelJsonConverter<Population>("population", PopulationJson.Format.Read, PopulationJson.Format.Write),
        new ModelJsonConverter<QuantitativeResult>("quantitative result", ResultJson.Read, ResultJson.Format.Write),
        new ModelJsonConverter<ConfidenceInterval>("confidence interval", ConfidenceIntervalJson.Format.Read, ConfidenceIntervalJson.Format.Write),
        new ModelJsonConverter<ProposedMechanism>("proposed mechanism", MechanismJson.Format.Read, MechanismJson.Format.Write),
        new ModelJsonConverter<SafetyProfile>("safety profile", SafetyJson.Format.Read, SafetyJson.Format.Write),
        new ModelJsonConverter<TermEvidence>("evidence", TermReferenceJson.EvidenceFormat.Read, TermReferenceJson.EvidenceFormat.Write),
    }.ToFrozenDictionary(converter => converter.ModelType);

    // Before Options, which is made from it: static fields and properties are set in the order they are written.
    internal static ModelJsonConverters Instance { get; } = new();

    // The options of the library's own type infos: this resolver gives the model and vocabulary types, with the document's
    // depth limit.
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private ModelJsonConverters()
    {
    }

    /// <summary>The type info of a model type, read and written by the document's rules.</summary>
    internal static JsonTypeInfo<T> TypeInfo<T>()
        where T : class => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.GetValueOrDefault(typeToConvert) as JsonConverter;

    /// <summary>Resolves a model or vocabulary type to a type info that only its converter reads and writes; every other type to null.</summary>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Converters.GetValueOrDefault(type)?.CreateTypeInfo(options) ?? VocabularyTypeInfos.Create(type, options);

    // A study read on its own is checked as a dataset checks each of its studies, but for the sources it cites,
    // which only a dataset knows.
    private static Study? ReadStudyAlone(ref DocumentReader reader)
    {
        var study = StudyJson.Format.Read(ref reader);
        if (study is not null && reader.Problems.IsEmpty)
        {
            study.Validate(reader.Problems, knownSourceIds: null);
        }

        return study;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
            TypeInfoResolver = Instance,
        };
        options.MakeReadOnly();
        return options;
    }

    private interface IModelJsonConverter
    {
        Type ModelType { get; }

        JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options);
    }

    /// <summary>Reads and writes one model type as the document does.</summary>
    private sealed class ModelJsonConverter<T>(string subject, ValueReader<T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>, IModelJsonConverter
        where T : class
    {
        public Type ModelType => typeof(T);

        public override bool HandleNull => true;

        public JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<T>(options, this);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Always strict, whatever the caller's options say (their default, skipping unknown members, would let a
            // typo silently drop data from a web request): the lenient mode is StemCellJson's, asked for explicitly.
            // The converter cannot ask where its value sits in the caller's document; at the root it is "$", and
            // anywhere else System.Text.Json sets the path on the way out (see StemCellJsonException.ForValue).
            var atRoot = reader.CurrentDepth == 0;
            var problems = new ProblemCollector();
            problems.Enter("$");
            var document = new DocumentReader(reader, [], problems, StemCellJsonReaderOptions.Strict);
            T? value = null;
            try
            {
                value = read(ref document);
            }
            catch (JsonException e)
            {
                document.Malformed(e);
            }
            catch (InvalidOperationException e)
            {
                document.NotText(e);
            }

            reader = document.Json;
            return value is not null && problems.IsEmpty
                ? value
                : throw StemCellJsonException.ForValue(subject, problems.ToImmutable(), atRoot, document.FirstLocation?.Line, document.FirstLocation?.Position, null);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            write(writer, value);
        }
    }
}
