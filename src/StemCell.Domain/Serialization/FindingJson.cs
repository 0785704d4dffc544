using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

// Each object's reader dispatches on its properties one line a property, as the table above it lists them.
#pragma warning disable IDE0011

/// <summary>A finding of a study: an outcome, which way it went, for whom, in the source's words.</summary>
internal static class FindingJson
{
    private static readonly JsonPropertyFormat OutcomeMeasure = new("outcomeMeasure", JsonValueFormat.Term<OutcomeMeasure>(), required: true);
    private static readonly JsonPropertyFormat Direction = new("direction", JsonValueFormat.Term<OutcomeDirection>(), required: true);
    private static readonly JsonPropertyFormat Population = new("population", JsonValueFormat.Object(PopulationJson.Format), required: true);
    private static readonly JsonPropertyFormat Quote = new("quote", JsonValueFormat.Text, required: true);
    private static readonly JsonPropertyFormat SourceIds = new("sourceIds", JsonValueFormat.List(JsonValueFormat.Id, minItems: 1), required: true);
    private static readonly JsonPropertyFormat Result = new("result", ResultJson.Format);
    private static readonly JsonPropertyFormat TimeFrame = new("timeFrame", JsonValueFormat.Period);

    internal static readonly JsonObjectFormat Format = new("a finding", OutcomeMeasure, Direction, Population, Quote, SourceIds, Result, TimeFrame);

    internal static Finding? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        OutcomeMeasure? outcomeMeasure = null;
        OutcomeDirection? direction = null;
        Population? population = null;
        string? quote = null;
        ImmutableArray<string>? sourceIds = null;
        QuantitativeResult? result = null;
        Period? timeFrame = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == OutcomeMeasure) outcomeMeasure = r.ReadTerm<OutcomeMeasure>();
            else if (p == Direction) direction = r.ReadTerm<OutcomeDirection>();
            else if (p == Population) population = PopulationJson.Read(ref r);
            else if (p == Quote) quote = r.ReadString();
            else if (p == SourceIds) sourceIds = r.ReadStrings();
            else if (p == Result) result = ResultJson.Read(ref r);
            else if (p == TimeFrame) timeFrame = r.ReadPeriod();
        }

        return outcomeMeasure is null || direction is null || population is null || quote is null
            ? null
            : r.Built(Finding.Create(r.Building(ref o), outcomeMeasure, direction, population, quote, sourceIds, result, timeFrame));
    }

    internal static void Write(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        DocumentWriter.Term(writer, OutcomeMeasure, finding.OutcomeMeasure);
        DocumentWriter.Term(writer, Direction, finding.Direction);
        DocumentWriter.Object(writer, Population, finding.Population, PopulationJson.Write);
        DocumentWriter.String(writer, Quote, finding.Quote);
        DocumentWriter.Strings(writer, SourceIds, finding.SourceIds);
        DocumentWriter.Object(writer, Result, finding.Result, ResultJson.Write);
        DocumentWriter.Period(writer, TimeFrame, finding.TimeFrame);
        writer.WriteEndObject();
    }
}

/// <summary>Whom a finding is about: all participants, or a subgroup the source describes.</summary>
internal static class PopulationJson
{
    private const int AllParticipants = 0;

    private static readonly JsonChoiceFormat Kinds = new("a population kind", "all-participants", "subgroup");

    private static readonly JsonPropertyFormat Kind = new("kind", Kinds, required: true);
    private static readonly JsonPropertyFormat Description = new("description", JsonValueFormat.Text);

    internal static readonly JsonObjectFormat Format = new("a population", Kind, Description)
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

    internal static Population? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        int? kind = null;
        string? description = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Kind) kind = r.ReadChoice(Kinds);
            else if (p == Description) description = r.ReadString();
        }

        switch (kind)
        {
            case null:
                return null;
            case AllParticipants when description is not null:
                r.Problems.Add(Description.Name, $"A population of all participants has no description; use the kind '{Kinds.Codes[1 - AllParticipants]}'.");
                return null;
            case AllParticipants:
                return Model.Population.AllParticipants;
            case not AllParticipants when description is null:
                r.Problems.Add(Description.Name, "A subgroup needs a description in the source's words.");
                return null;
            default:
                return r.Built(Model.Population.CreateSubgroup(r.Building(ref o), description));
        }
    }

    internal static void Write(Utf8JsonWriter writer, Population population)
    {
        writer.WriteStartObject();
        writer.WriteString(Kind.EncodedName, Kinds.EncodedCodes[population.IsAllParticipants ? AllParticipants : 1 - AllParticipants]);
        DocumentWriter.String(writer, Description, population.Description);
        writer.WriteEndObject();
    }
}

/// <summary>
/// A finding's quantitative result, one of four kinds named by its <c>kind</c>. Each kind has a table of its own
/// (for the writer and the schema); the reader reads them through one table of every kind's properties, so that
/// <c>kind</c> may come anywhere in the object.
/// </summary>
internal static class ResultJson
{
    private static readonly JsonPropertyFormat ProportionValue = new("value", JsonValueFormat.Number(minimum: 0m, maximum: 1m), required: true);
    private static readonly JsonPropertyFormat Numerator = new("numerator", JsonValueFormat.Integer(minimum: 0));
    private static readonly JsonPropertyFormat Denominator = new("denominator", JsonValueFormat.Integer(minimum: 1));
    private static readonly JsonPropertyFormat ScoreScale = new("scale", JsonValueFormat.Term<ClinicalScale>(), required: true);
    private static readonly JsonPropertyFormat Score = new("score", JsonValueFormat.Number(), required: true);
    private static readonly JsonPropertyFormat ChangeScale = new("scale", JsonValueFormat.Term<ClinicalScale>(), required: true);
    private static readonly JsonPropertyFormat Change = new("change", JsonValueFormat.Number(), required: true);
    private static readonly JsonPropertyFormat Estimate = new("estimate", JsonValueFormat.Number(exclusiveMinimum: 0m), required: true);
    private static readonly JsonPropertyFormat ConfidenceInterval = new("confidenceInterval", JsonValueFormat.Object(ConfidenceIntervalJson.Format));

    private static readonly JsonObjectFormat ProportionFormat = new("a proportion", "proportion", ProportionValue, Numerator, Denominator);
    private static readonly JsonObjectFormat ScaleScoreFormat = new("a scale score", "scale-score", ScoreScale, Score);
    private static readonly JsonObjectFormat ScaleChangeFormat = new("a scale change", "scale-change", ChangeScale, Change);
    private static readonly JsonObjectFormat HazardRatioFormat = new("a hazard ratio", "hazard-ratio", Estimate, ConfidenceInterval);

    // In the order of the kinds' indexes in Kinds.
    private static readonly ImmutableArray<JsonObjectFormat> KindFormats = [ProportionFormat, ScaleScoreFormat, ScaleChangeFormat, HazardRatioFormat];

    private static readonly JsonChoiceFormat Kinds = new("a result kind", [.. KindFormats.Select(k => k.Discriminator!)]);

    private static readonly JsonPropertyFormat Kind = new("kind", Kinds, required: true);

    // The reader's table: the kind and every kind's properties, a name shared by two kinds (scale) once.
    private static readonly JsonObjectFormat ReaderFormat = new(
        "a quantitative result",
        [Kind, .. KindFormats.SelectMany(k => k.Properties).DistinctBy(p => p.Name).Select(p => new JsonPropertyFormat(p.Name, p.Value) { NullIsAbsence = !p.Required })]);

    // For each kind, the reader table's properties it has (the kind among them) and those it requires.
    private static readonly (ulong Allowed, ulong Required)[] KindMasks = [.. KindFormats.Select(MasksOf)];

    /// <summary>Gets the format of a result: an object of one of the kinds.</summary>
    internal static JsonValueFormat Format { get; } = new ResultFormat();

    internal static QuantitativeResult? Read(ref DocumentReader r)
    {
        if (!r.StartObject(ReaderFormat, out var o)) return null;

        int? kind = null, numerator = null, denominator = null;
        decimal? value = null, score = null, change = null, estimate = null;
        ClinicalScale? scale = null;
        ConfidenceInterval? interval = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p.Name == Kind.Name) kind = r.ReadChoice(Kinds);
            else if (p.Name == ProportionValue.Name) value = r.ReadDecimal();
            else if (p.Name == Numerator.Name) numerator = r.ReadInt32();
            else if (p.Name == Denominator.Name) denominator = r.ReadInt32();
            else if (p.Name == ScoreScale.Name) scale = r.ReadTerm<ClinicalScale>();
            else if (p.Name == Score.Name) score = r.ReadDecimal();
            else if (p.Name == Change.Name) change = r.ReadDecimal();
            else if (p.Name == Estimate.Name) estimate = r.ReadDecimal();
            else if (p.Name == ConfidenceInterval.Name) interval = ConfidenceIntervalJson.Read(ref r);
        }

        if (kind is not { } index)
        {
            return null;
        }

        // Only now is the kind known: what it has no property for, and what it needs and is missing, are problems.
        var format = KindFormats[index];
        var problems = r.Problems.Count;
        foreach (var property in ReaderFormat.Properties)
        {
            var bit = 1UL << property.Index;
            if ((o.Seen & bit & ~KindMasks[index].Allowed) != 0)
            {
                r.Problems.Add(property.Name, $"The property '{property.Name}' is not part of {format.Description}. Expected one of: 'kind', {format.ExpectedNames}.");
            }
            else if ((KindMasks[index].Required & bit & ~o.Seen) != 0)
            {
                // The reader is at the end of the object, where the property is missing.
                r.Problem($"A {format.Discriminator} result needs the property '{property.Name}', which is missing.");
            }
        }

        if (r.Problems.Count > problems)
        {
            return null;
        }

        return format == ProportionFormat ? (value is { } v ? r.Built(Proportion.Create(r.Building(ref o), v, numerator, denominator)) : null)
            : format == ScaleScoreFormat ? (scale is not null && score is { } s ? r.Built(ScaleScore.Create(r.Building(ref o), scale, s)) : null)
            : format == ScaleChangeFormat ? (scale is not null && change is { } c ? r.Built(ScaleChange.Create(r.Building(ref o), scale, c)) : null)
            : estimate is { } e ? r.Built(HazardRatio.Create(r.Building(ref o), e, interval)) : null;
    }

    internal static void Write(Utf8JsonWriter writer, QuantitativeResult result)
    {
        writer.WriteStartObject();
        switch (result)
        {
            case Proportion p:
                WriteKind(writer, ProportionFormat);
                DocumentWriter.Number(writer, ProportionValue, p.Value);
                DocumentWriter.Number(writer, Numerator, p.Numerator);
                DocumentWriter.Number(writer, Denominator, p.Denominator);
                break;
            case ScaleScore s:
                WriteKind(writer, ScaleScoreFormat);
                DocumentWriter.Term(writer, ScoreScale, s.Scale);
                DocumentWriter.Number(writer, Score, s.Score);
                break;
            case ScaleChange c:
                WriteKind(writer, ScaleChangeFormat);
                DocumentWriter.Term(writer, ChangeScale, c.Scale);
                DocumentWriter.Number(writer, Change, c.Change);
                break;
            case HazardRatio h:
                WriteKind(writer, HazardRatioFormat);
                DocumentWriter.Number(writer, Estimate, h.Estimate);
                DocumentWriter.Object(writer, ConfidenceInterval, h.ConfidenceInterval, ConfidenceIntervalJson.Write);
                break;
            default:
                throw new InvalidOperationException($"No JSON form for the result kind {result.GetType().Name}.");
        }

        writer.WriteEndObject();
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

    private static void WriteKind(Utf8JsonWriter writer, JsonObjectFormat format) =>
        writer.WriteString(Kind.EncodedName, Kinds.EncodedCodes[KindFormats.IndexOf(format)]);

    private sealed class ResultFormat : JsonValueFormat
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
    }
}

/// <summary>A confidence interval of a hazard ratio.</summary>
internal static class ConfidenceIntervalJson
{
    // Above 0: an interval is a hazard ratio's, the one result that has one.
    private static readonly JsonPropertyFormat Lower = new("lower", JsonValueFormat.Number(exclusiveMinimum: 0m), required: true);
    private static readonly JsonPropertyFormat Upper = new("upper", JsonValueFormat.Number(), required: true);
    private static readonly JsonPropertyFormat Level = new("level", JsonValueFormat.Number(exclusiveMinimum: 0m, exclusiveMaximum: 1m), required: true);

    internal static readonly JsonObjectFormat Format = new("a confidence interval", Lower, Upper, Level);

    internal static ConfidenceInterval? Read(ref DocumentReader r)
    {
        if (!r.StartObject(Format, out var o)) return null;

        decimal? lower = null, upper = null, level = null;
        while (r.NextProperty(ref o) is { } p)
        {
            if (p == Lower) lower = r.ReadDecimal();
            else if (p == Upper) upper = r.ReadDecimal();
            else if (p == Level) level = r.ReadDecimal();
        }

        return lower is { } l && upper is { } u && level is { } v ? r.Built(Model.ConfidenceInterval.Create(r.Building(ref o), l, u, v)) : null;
    }

    internal static void Write(Utf8JsonWriter writer, ConfidenceInterval interval)
    {
        writer.WriteStartObject();
        DocumentWriter.Number(writer, Lower, interval.Lower);
        DocumentWriter.Number(writer, Upper, interval.Upper);
        DocumentWriter.Number(writer, Level, interval.Level);
        writer.WriteEndObject();
    }
}
