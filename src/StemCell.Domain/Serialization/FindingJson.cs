using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// The result's writer dispatches on its kinds one line a kind.
#pragma warning disable IDE0011

/// <summary>A finding of a study: an outcome, which way it went, for whom, in the source's words.</summary>
internal static class FindingJson
{
    private static readonly JsonPropertyFormat<Finding, OutcomeMeasure?> OutcomeMeasure = new("outcomeMeasure", JsonValueFormat.Term<OutcomeMeasure>(), f => f.OutcomeMeasure, required: true);
    private static readonly JsonPropertyFormat<Finding, OutcomeDirection?> Direction = new("direction", JsonValueFormat.Term<OutcomeDirection>(), f => f.Direction, required: true);
    private static readonly JsonPropertyFormat<Finding, Population?> Population = new("population", JsonValueFormat.Object(PopulationJson.Format), f => f.Population, required: true);
    private static readonly JsonPropertyFormat<Finding, string?> Quote = new("quote", JsonValueFormat.Text, f => f.Quote, required: true);
    private static readonly JsonPropertyFormat<Finding, ImmutableArray<string>> SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), f => f.SourceIds, required: true);
    private static readonly JsonPropertyFormat<Finding, QuantitativeResult?> Result = new("result", ResultJson.Format, f => f.Result);
    private static readonly JsonPropertyFormat<Finding, Period?> TimeFrame = new("timeFrame", JsonValueFormat.Period, f => f.TimeFrame);

    internal static readonly JsonObjectFormat<Finding> Format = new(
        "a finding",
        static (ref _, problems, v) => Finding.Create(
            problems, v.Get(OutcomeMeasure)!, v.Get(Direction)!, v.Get(Population)!, v.Get(Quote)!, v.List(SourceIds), v.Get(Result), v.Get(TimeFrame)),
        OutcomeMeasure, Direction, Population, Quote, SourceIds, Result, TimeFrame);
}

/// <summary>Whom a finding is about: all participants, or a subgroup the source describes.</summary>
internal static class PopulationJson
{
    private const int AllParticipants = 0;

    private static readonly JsonChoiceFormat Kinds = new("a population kind", "all-participants", "subgroup");

    private static readonly JsonPropertyFormat<Population, int?> Kind = new("kind", Kinds, p => p.IsAllParticipants ? AllParticipants : 1 - AllParticipants, required: true);
    private static readonly JsonPropertyFormat<Population, string?> Description = new("description", JsonValueFormat.Text, p => p.Description);

    internal static readonly JsonObjectFormat<Population> Format = new("a population", Build, Kind, Description)
    {
        // A subgroup has a description and all participants have none.
        RefineSchema = static schema =>
        {
            schema["if"] = new JsonObject { ["properties"] = new JsonObject { [Kind.Name] = new JsonObject { ["const"] = Kinds.Codes[1 - AllParticipants] } } };
            schema["then"] = new JsonObject
            {
                ["required"] = new JsonArray(Description.Name),
                ["properties"] = new JsonObject { [Description.Name] = new JsonObject { ["type"] = "string" } },
            };
            schema["else"] = new JsonObject { ["properties"] = new JsonObject { [Description.Name] = new JsonObject { ["type"] = "null" } } };
        },
    };

    private static Population? Build(ref DocumentReader reader, ProblemCollector problems, PropertyValues v)
    {
        var description = v.Get(Description);
        switch (v.Get(Kind))
        {
            case AllParticipants when description is not null:
                problems.Add(Description.Name, $"A population of all participants has no description; use the kind '{Kinds.Codes[1 - AllParticipants]}'.");
                return null;
            case AllParticipants:
                return Model.Population.AllParticipants;
            case not AllParticipants when description is null:
                problems.Add(Description.Name, "A subgroup needs a description in the source's words.");
                return null;
            default:
                return Model.Population.CreateSubgroup(problems, description);
        }
    }
}

/// <summary>
/// A finding's quantitative result, one of four kinds named by its <c>kind</c>. Each kind has a table of its own
/// (for the writer and the schema); the reader reads them through one table of every kind's properties, so that
/// <c>kind</c> may come anywhere in the object.
/// </summary>
internal static class ResultJson
{
    private static readonly JsonPropertyFormat<Proportion, decimal?> ProportionValue = new("value", JsonValueFormat.Number(minimum: 0m, maximum: 1m), p => p.Value, required: true);
    private static readonly JsonPropertyFormat<Proportion, int?> Numerator = new("numerator", JsonValueFormat.Integer(minimum: 0), p => p.Numerator);
    private static readonly JsonPropertyFormat<Proportion, int?> Denominator = new("denominator", JsonValueFormat.Integer(minimum: 1), p => p.Denominator);
    private static readonly JsonPropertyFormat<ScaleScore, ClinicalScale?> ScoreScale = new("scale", JsonValueFormat.Term<ClinicalScale>(), s => s.Scale, required: true);
    private static readonly JsonPropertyFormat<ScaleScore, decimal?> Score = new("score", JsonValueFormat.Number(), s => s.Score, required: true);
    private static readonly JsonPropertyFormat<ScaleChange, ClinicalScale?> ChangeScale = new("scale", JsonValueFormat.Term<ClinicalScale>(), c => c.Scale, required: true);
    private static readonly JsonPropertyFormat<ScaleChange, decimal?> Change = new("change", JsonValueFormat.Number(), c => c.Change, required: true);
    private static readonly JsonPropertyFormat<HazardRatio, decimal?> Estimate = new("estimate", JsonValueFormat.Number(exclusiveMinimum: 0m), h => h.Estimate, required: true);
    private static readonly JsonPropertyFormat<HazardRatio, ConfidenceInterval?> ConfidenceInterval = new("confidenceInterval", JsonValueFormat.Object(ConfidenceIntervalJson.Format), h => h.ConfidenceInterval);

    private static readonly JsonObjectFormat<Proportion> ProportionFormat = new("a proportion", null, ProportionValue, Numerator, Denominator) { Discriminator = "proportion" };
    private static readonly JsonObjectFormat<ScaleScore> ScaleScoreFormat = new("a scale score", null, ScoreScale, Score) { Discriminator = "scale-score" };
    private static readonly JsonObjectFormat<ScaleChange> ScaleChangeFormat = new("a scale change", null, ChangeScale, Change) { Discriminator = "scale-change" };
    private static readonly JsonObjectFormat<HazardRatio> HazardRatioFormat = new("a hazard ratio", null, Estimate, ConfidenceInterval) { Discriminator = "hazard-ratio" };

    // In the order of the kinds' indexes in Kinds.
    private static readonly ImmutableArray<JsonObjectFormat> KindFormats = [ProportionFormat, ScaleScoreFormat, ScaleChangeFormat, HazardRatioFormat];

    private static readonly JsonChoiceFormat Kinds = new("a result kind", [.. KindFormats.Select(k => k.Discriminator!)]);

    private static readonly JsonPropertyFormat Kind = new(JsonObjectFormat.DiscriminatorName, Kinds, required: true);

    // The reader's table: the kind and every kind's properties, a name shared by two kinds (scale) once.
    private static readonly JsonObjectFormat ReaderFormat = new(
        "a quantitative result",
        [Kind, .. KindFormats.SelectMany(k => k.Properties).DistinctBy(p => p.Name).Select(p => new JsonPropertyFormat(p.Name, p.Value) { NullIsAbsence = !p.Required })]);

    // For each kind, the reader table's properties it has (the kind among them) and those it requires.
    private static readonly (ulong Allowed, ulong Required)[] KindMasks = [.. KindFormats.Select(MasksOf)];

    /// <summary>Gets the format of a result: an object of one of the kinds.</summary>
    internal static JsonValueFormat<QuantitativeResult?> Format { get; } = new ResultFormat();

    internal static QuantitativeResult? Read(ref DocumentReader reader) => reader.ReadObject(ReaderFormat, Build);

    private static QuantitativeResult? Build(ref DocumentReader reader, ProblemCollector problems, PropertyValues v)
    {
        // Only now is the kind known: what it has no property for, and what it needs and is missing, are problems.
        var index = (int)v[Kind]!;
        var (format, (allowed, required)) = (KindFormats[index], KindMasks[index]);
        var count = problems.Count;
        foreach (var property in ReaderFormat.Properties)
        {
            var bit = 1UL << property.Index;
            if ((v.Seen & bit & ~allowed) != 0)
            {
                problems.Add(property.Name, $"The property '{property.Name}' is not part of {format.Description}. Expected one of: 'kind', {format.ExpectedNames}.");
            }
            else if ((required & bit & ~v.Seen) != 0)
            {
                // The reader is at the end of the object, where the property is missing.
                reader.Problem($"A {format.Discriminator} result needs the property '{property.Name}', which is missing.");
            }
        }

        // A kind's property by its name in the reader's table.
        object? Of(JsonPropertyFormat property) => v[ReaderFormat.Find(property.Name)!];
        return problems.Count > count ? null
            : format == ProportionFormat ? (Of(ProportionValue) is decimal value ? Proportion.Create(problems, value, (int?)Of(Numerator), (int?)Of(Denominator)) : null)
            : format == ScaleScoreFormat ? (Of(ScoreScale) is ClinicalScale scale && Of(Score) is decimal score ? ScaleScore.Create(problems, scale, score) : null)
            : format == ScaleChangeFormat ? (Of(ChangeScale) is ClinicalScale changeScale && Of(Change) is decimal change ? ScaleChange.Create(problems, changeScale, change) : null)
            : Of(Estimate) is decimal estimate ? HazardRatio.Create(problems, estimate, (ConfidenceInterval?)Of(ConfidenceInterval)) : null;
    }

    private static (ulong Allowed, ulong Required) MasksOf(JsonObjectFormat kind)
    {
        var (allowed, required) = (1UL << Kind.Index, 0UL);
        foreach (var property in ReaderFormat.Properties)
        {
            if (kind.Properties.FirstOrDefault(p => p.Name == property.Name) is { } own)
            {
                allowed |= 1UL << property.Index;
                required |= own.Required ? 1UL << property.Index : 0;
            }
        }

        return (allowed, required);
    }

    private sealed class ResultFormat : JsonValueFormat<QuantitativeResult?>
    {
        // A kind's schema within the result's, which says it is an object (or null, where the result is optional).
        private static JsonNode KindSchema(JsonObjectFormat kind)
        {
            var schema = kind.Schema();
            schema.Remove("type");
            return schema;
        }

        internal override JsonObject Schema() => new()
        {
            ["type"] = "object",
            ["required"] = new JsonArray(Kind.Name),
            ["anyOf"] = new JsonArray([.. KindFormats.Select(KindSchema)]),
        };

        internal override object? ReadValue(ref DocumentReader reader) => Read(ref reader);

        internal override void Write(Utf8JsonWriter writer, QuantitativeResult? value)
        {
            if (value is Proportion p) ProportionFormat.Write(writer, p);
            else if (value is ScaleScore s) ScaleScoreFormat.Write(writer, s);
            else if (value is ScaleChange c) ScaleChangeFormat.Write(writer, c);
            else if (value is HazardRatio h) HazardRatioFormat.Write(writer, h);
            else throw new InvalidOperationException($"No JSON form for the result kind {value?.GetType().Name}.");
        }
    }
}

/// <summary>A confidence interval of a hazard ratio.</summary>
internal static class ConfidenceIntervalJson
{
    // Above 0: an interval is a hazard ratio's, the one result that has one.
    private static readonly JsonPropertyFormat<ConfidenceInterval, decimal?> Lower = new("lower", JsonValueFormat.Number(exclusiveMinimum: 0m), c => c.Lower, required: true);
    private static readonly JsonPropertyFormat<ConfidenceInterval, decimal?> Upper = new("upper", JsonValueFormat.Number(), c => c.Upper, required: true);
    private static readonly JsonPropertyFormat<ConfidenceInterval, decimal?> Level = new("level", JsonValueFormat.Number(exclusiveMinimum: 0m, exclusiveMaximum: 1m), c => c.Level, required: true);

    internal static readonly JsonObjectFormat<ConfidenceInterval> Format = new(
        "a confidence interval",
        static (ref _, problems, v) => Model.ConfidenceInterval.Create(problems, v.Get(Lower)!.Value, v.Get(Upper)!.Value, v.Get(Level)!.Value),
        Lower, Upper, Level);
}
