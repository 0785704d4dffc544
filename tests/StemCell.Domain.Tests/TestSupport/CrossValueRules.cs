using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>
/// Finds, in a dataset document, the broken rules that relate two or more values, which a JSON Schema cannot state (or
/// which the format's schema leaves to the reader, as its description says): ids unique among the sources and among the
/// studies; every citation naming a source (and evidence naming one of its study's sources); courses of the study's
/// disease; evidence for one of the study's own values; a proportion's numerator at most its denominator and its value
/// agreeing with them; a scale's score or change possible on that scale; a confidence interval's lower bound at most its
/// upper, with the hazard ratio's estimate inside; a study that completes no earlier than it starts; an actuality only
/// beside its value; a conditioning regimen only with hematopoietic (or unstated) cells; a safety profile that states
/// something; a registry identifier of its registry's format; a locator's value of its kind's format.
/// </summary>
/// <remarks>
/// A rule is judged only when every value it relates is well-formed on its own (a slug, a canonical code, a number, a
/// date, non-blank unpadded text). Where one is not, the document breaks a rule of a single value, which the schema can
/// state and must, so the differential test holds the schema and the reader to the same verdict there. This is also what
/// keeps a mutation from hiding behind a rule of this class: an id changed to <c>UPPER-Case</c> leaves the citations of
/// the old id dangling, but as one source id is then no slug, the citations are not judged.
/// </remarks>
internal static partial class CrossValueRules
{
    /// <summary>A description of each cross-value rule the document breaks; empty when it breaks none.</summary>
    internal static List<string> Broken(JsonNode root)
    {
        var broken = new List<string>();
        // An absent list is an empty one; a list that is null or holds something else is a problem of one value.
        var sources = root.AsObject().ContainsKey("sources") ? Objects(root["sources"]) : [];
        var studies = root.AsObject().ContainsKey("studies") ? Objects(root["studies"]) : [];
        var sourceIds = Ids(sources);
        Unique(sourceIds, "source", broken);
        Unique(Ids(studies), "study", broken);
        var known = sourceIds?.ToHashSet(StringComparer.Ordinal);

        foreach (var source in sources ?? [])
        {
            Locator(source["locator"] as JsonObject, broken);
        }

        foreach (var study in studies ?? [])
        {
            Study(study, known, broken);
        }

        return broken;
    }

    private static void Study(JsonObject study, HashSet<string>? known, List<string> broken)
    {
        var cited = Strings(study["sourceIds"]);
        Cites(cited, known, "study", broken);
        foreach (var finding in Objects(study["findings"]) ?? [])
        {
            Cites(Strings(finding["sourceIds"]), known, "finding", broken);
            Result(finding["result"] as JsonObject, broken);
        }

        if (study["safety"] is JsonObject safety)
        {
            Cites(Strings(safety["sourceIds"]), known, "safety profile", broken);
            if (IsAbsent(safety["tolerability"]) && IsEmptyList(safety["adverseEvents"]) && IsEmptyList(safety["risks"]) && IsAbsent(safety["quote"]))
            {
                broken.Add("a safety profile that states nothing");
            }
        }

        var disease = Code(study["disease"]);
        foreach (var course in Strings(study["courses"]) ?? [])
        {
            if (disease is not null && DiseaseCourse.TryFromCode(course, out var term) && term.Code == course && term.Disease.Code != disease)
            {
                broken.Add($"course {course} not of the study's disease {disease}");
            }
        }

        Cites([.. Objects(study["evidence"])?.Select(item => Slug(item["sourceId"])).OfType<string>() ?? []], known, "evidence", broken);
        Evidence(study, disease, known, cited, broken);
        Dates(study, broken);

        foreach (var identifier in Objects(study["registryIdentifiers"]) ?? [])
        {
            if (Code(identifier["registry"]) is { } registry && Text(identifier["value"]) is { } value
                && Registry.TryFromCode(registry, out var term) && !term.IsValidIdentifier(value))
            {
                broken.Add($"'{value}' not a {registry} identifier");
            }
        }

        foreach (var intervention in Objects(study["interventions"]) ?? [])
        {
            if (Text(intervention["conditioningRegimen"]) is not null && Code(intervention["stemCellType"]) is { } cells && cells != StemCellType.Hematopoietic.Code)
            {
                broken.Add($"a conditioning regimen with {cells} cells");
            }
        }
    }

    private static void Evidence(JsonObject study, string? disease, HashSet<string>? known, string[]? cited, List<string> broken)
    {
        var evidence = Objects(study["evidence"]);
        if (evidence is null || disease is null)
        {
            return;
        }

        // The study's values, as (vocabulary, code); judged only when every one of them is well-formed.
        var values = new HashSet<(string, string)>();
        var wellFormed = true;
        foreach (var node in ValueNodes(study))
        {
            if (node is JsonArray list)
            {
                wellFormed &= Strings(list) is not null && list.All(item => Code(item) is not null);
                foreach (var item in list)
                {
                    Add(Code(item));
                }
            }
            else if (node is not null)
            {
                wellFormed &= Code(node) is not null;
                Add(Code(node));
            }
        }

        foreach (var item in evidence)
        {
            if (wellFormed && Text(item["vocabulary"]) is { } vocabulary && Vocabularies.All.Any(v => v.Name == vocabulary) && Code(item["code"]) is { } code && !values.Contains((vocabulary, code)))
            {
                broken.Add($"evidence for {vocabulary} {code}, not one of the study's values");
            }

            if (Slug(item["sourceId"]) is { } source && cited is not null && cited.All(IsSlug) && known is not null && known.Contains(source) && !cited.Contains(source, StringComparer.Ordinal))
            {
                broken.Add($"evidence from {source}, not one of the study's sources");
            }
        }

        void Add(string? code)
        {
            if (code is not null && DocumentMutations.IsCanonicalCode(code, out var terms))
            {
                values.UnionWith(terms.Select(term => (term.VocabularyName, term.Code)));
            }
        }
    }

    private static IEnumerable<JsonNode?> ValueNodes(JsonObject study)
    {
        string[] own = ["disease", "courses", "phase", "status", "designs", "outcomeMeasures", "clinicalScales"];
        foreach (var name in own)
        {
            yield return study[name];
        }

        foreach (var intervention in Objects(study["interventions"]) ?? [])
        {
            foreach (var name in (string[])["stemCellType", "tissueSource", "donorOrigin", "deliveryRoutes"])
            {
                yield return intervention[name];
            }
        }
    }

    private static void Result(JsonObject? result, List<string> broken)
    {
        switch (Text(result?["kind"]))
        {
            case "proportion" when Number(result!["value"]) is { } value and >= 0m and <= 1m
                && Number(result["numerator"]) is { } n and >= 0m && Number(result["denominator"]) is { } d and >= 1m:
                if (n > d)
                {
                    broken.Add($"numerator {n} above denominator {d}");
                }
                else if (Math.Abs(value - (n / d)) > Proportion.AgreementTolerance)
                {
                    broken.Add($"value {value} not {n}/{d}");
                }

                break;
            case "scale-score" when Code(result!["scale"]) is { } scale && ClinicalScale.TryFromCode(scale, out var term)
                && Number(result["score"]) is { } score && !term.IsValidScore(score):
                broken.Add($"{score} not a possible {scale} score");
                break;
            case "scale-change" when Code(result!["scale"]) is { } scale && ClinicalScale.TryFromCode(scale, out var term)
                && Number(result["change"]) is { } change && !term.IsValidChange(change):
                broken.Add($"{change} not a possible {scale} change");
                break;
            // A hazard ratio and its bounds lie above 0, a rule of each value alone, so only positive ones are related.
            case "hazard-ratio" when result!["confidenceInterval"] is JsonObject interval
                && Number(interval["lower"]) is { } lower and > 0m && Number(interval["upper"]) is { } upper:
                if (lower > upper)
                {
                    broken.Add($"lower bound {lower} above upper bound {upper}");
                }
                else if (Number(result["estimate"]) is { } estimate and > 0m && (estimate < lower || estimate > upper))
                {
                    broken.Add($"estimate {estimate} outside {lower}-{upper}");
                }

                break;
        }
    }

    private static void Dates(JsonObject study, List<string> broken)
    {
        if (PartialDate.TryParse(Text(study["startDate"]), out var start) && PartialDate.TryParse(Text(study["completionDate"]), out var end)
            && start.ToDateInterval().Start > end.ToDateInterval().End)
        {
            broken.Add($"completion {end} before start {start}");
        }

        foreach (var value in (string[])["enrollment", "startDate", "completionDate"])
        {
            if (Text(study[value + "Actuality"]) is "actual" or "estimated" && IsAbsent(study[value]))
            {
                broken.Add($"{value}Actuality without {value}");
            }
        }
    }

    private static void Locator(JsonObject? locator, List<string> broken)
    {
        if (Text(locator?["value"]) is not { } value)
        {
            return;
        }

        var valid = Text(locator!["kind"]) switch
        {
            "doi" => Creates(() => SourceLocator.FromDoi(value)),
            "url" => Creates(() => SourceLocator.FromUrl(value)),
            _ => true,
        };
        if (!valid)
        {
            broken.Add($"'{value}' not of its locator's kind");
        }
    }

    private static bool Creates(Func<SourceLocator> create)
    {
        try
        {
            create();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Cites(string[]? citations, HashSet<string>? known, string what, List<string> broken)
    {
        foreach (var id in citations ?? [])
        {
            if (known is not null && IsSlug(id) && !known.Contains(id))
            {
                broken.Add($"a {what} citing '{id}', no source of the dataset");
            }
        }
    }

    private static void Unique(string[]? ids, string what, List<string> broken)
    {
        foreach (var id in ids?.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key) ?? [])
        {
            broken.Add($"the {what} id '{id}' used twice");
        }
    }

    /// <summary>The objects' ids, or null when one of them has no id that is a slug (a problem of one value).</summary>
    private static string[]? Ids(JsonObject[]? objects)
    {
        var ids = objects?.Select(obj => Slug(obj["id"])).ToArray();
        return ids is null || ids.Any(id => id is null) ? null : [.. ids.Select(id => id!)];
    }

    /// <summary>The elements of a list of objects, or null when it is absent, or is not a list of objects.</summary>
    private static JsonObject[]? Objects(JsonNode? node) =>
        node is JsonArray array && array.All(item => item is JsonObject) ? [.. array.Select(item => item!.AsObject())] : null;

    private static string[]? Strings(JsonNode? node) =>
        node is JsonArray array && array.All(item => Text(item) is not null) ? [.. array.Select(item => Text(item)!)] : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text && text.Trim() == text
            ? text
            : null;

    private static string? Slug(JsonNode? node) => Text(node) is { } text && IsSlug(text) ? text : null;

    private static string? Code(JsonNode? node) => Text(node) is { } text && DocumentMutations.IsCanonicalCode(text, out _) ? text : null;

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.GetValue<JsonElement>().TryGetDecimal(out var number) ? number : null;

    private static bool IsAbsent(JsonNode? node) => node is null;

    private static bool IsEmptyList(JsonNode? node) => node is null || node is JsonArray { Count: 0 };

    private static bool IsSlug(string text) => text.Length <= 100 && SlugPattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
