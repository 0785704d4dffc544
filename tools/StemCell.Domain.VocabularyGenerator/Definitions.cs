using System.Collections.Immutable;
using System.Text.Json;

namespace StemCell.Domain.VocabularyGenerator;

/// <summary>One vocabulary as its definition file states it (see src/StemCell.Domain/Vocabulary/Definitions/README.md).</summary>
internal sealed record VocabularyDefinition(
    string File,
    string Name,
    string Type,
    int Order,
    string Description,
    string Summary,
    ImmutableArray<string> Remarks,
    ImmutableArray<PropertyDefinition> Properties,
    ImmutableArray<TermDefinition> Terms)
{
    internal static VocabularyDefinition Read(string file, string json)
    {
        // Cloned, so the terms' property values outlive the document.
        using var document = JsonDocument.Parse(json);
        var root = new Element(file, "$", document.RootElement.Clone());
        root.AllowOnly("name", "type", "order", "description", "summary", "remarks", "properties", "terms");
        var properties = root.Array("properties", p => PropertyDefinition.Read(p));
        var terms = root.Array("terms", t => TermDefinition.Read(t, properties));
        return new VocabularyDefinition(
            file,
            root.String("name"),
            root.String("type"),
            root.Int("order"),
            root.String("description"),
            root.String("summary"),
            root.OptionalStrings("remarks"),
            properties,
            terms);
    }
}

/// <summary>A property every term of a vocabulary has: a plain attribute, or a relation to terms of another vocabulary.</summary>
/// <param name="Name">The C# property name; its camelCase form names it in the definition's terms and in the export.</param>
/// <param name="IsRelation">Whether it is a relation (its values are codes of <paramref name="Vocabulary"/>).</param>
/// <param name="Type">An attribute's C# type: string, string?, bool, int?, decimal? or ImmutableArray&lt;string&gt;; or regex, a string holding a regular expression that is also compiled at build time.</param>
/// <param name="Vocabulary">A relation's target vocabulary.</param>
/// <param name="Many">Whether a relation is to a list of terms.</param>
/// <param name="Computed">Whether a hand-written partial class computes it (then only the export writes it here).</param>
/// <param name="Doc">The property's XML documentation lines.</param>
internal sealed record PropertyDefinition(
    string Name, bool IsRelation, string? Type, string? Vocabulary, bool Many, bool Computed, ImmutableArray<string> Doc)
{
    internal string JsonName => char.ToLowerInvariant(Name[0]) + Name[1..];

    internal static PropertyDefinition Read(Element e)
    {
        e.AllowOnly("name", "kind", "type", "vocabulary", "many", "computed", "summary", "value", "doc");
        var kind = e.String("kind");
        var isRelation = kind switch
        {
            "relation" => true,
            "attribute" => false,
            _ => throw e.Error("kind", $"is '{kind}'; expected 'attribute' or 'relation'"),
        };
        var computed = e.OptionalBool("computed");
        ImmutableArray<string> doc = computed ? [] : e.Has("doc") ? e.OptionalStrings("doc") : [$"<summary>{e.String("summary")}</summary>", $"<value>{e.String("value")}</value>"];
        var type = isRelation ? null : e.String("type");
        if (type is not null && !Emitter.AttributeTypes.Contains(type))
        {
            throw e.Error("type", $"is '{type}'; expected one of {string.Join(", ", Emitter.AttributeTypes)}");
        }

        return new PropertyDefinition(
            e.String("name"), isRelation, type, isRelation ? e.String("vocabulary") : null, isRelation && e.OptionalBool("many"), computed, doc);
    }
}

/// <summary>One term: its code, value, names, definition, synonyms, codings, and its values of the vocabulary's properties.</summary>
internal sealed record TermDefinition(
    string Member,
    ImmutableArray<string> Doc,
    string Code,
    int Value,
    string DisplayName,
    string Definition,
    ImmutableArray<string> Synonyms,
    ImmutableArray<CodingDefinition> Codings,
    ImmutableDictionary<string, Element> Values)
{
    internal static TermDefinition Read(Element e, ImmutableArray<PropertyDefinition> properties)
    {
        e.AllowOnly("member", "summary", "doc", "code", "value", "displayName", "definition", "synonyms", "codings", "attributes", "relations");
        var values = ImmutableDictionary.CreateBuilder<string, Element>(StringComparer.Ordinal);
        foreach (var group in new[] { "attributes", "relations" })
        {
            var declared = properties.Where(p => !p.Computed && p.IsRelation == (group == "relations")).Select(p => p.JsonName).ToArray();
            if (declared.Length == 0 && !e.Has(group))
            {
                continue;
            }

            var members = e.Object(group);
            members.AllowOnly(declared);
            foreach (var name in declared)
            {
                values.Add(name, members.Get(name));
            }
        }

        return new TermDefinition(
            e.String("member"),
            e.Has("doc") ? e.OptionalStrings("doc") : [$"<summary>{e.String("summary")}</summary>"],
            e.String("code"),
            e.Int("value"),
            e.String("displayName"),
            e.String("definition"),
            e.OptionalStrings("synonyms"),
            e.Has("codings") ? e.Array("codings", CodingDefinition.Read) : [],
            values.ToImmutable());
    }
}

/// <summary>A coding of a term: a code system's code, the label it was seen with, how it was verified and where (a <c>CodingSources</c> key).</summary>
internal sealed record CodingDefinition(
    string System, string Code, string Display, string Confidence, string Source, string? EffectiveFrom, string? EffectiveUntil, string? Note)
{
    internal static CodingDefinition Read(Element e)
    {
        e.AllowOnly("system", "code", "display", "confidence", "source", "effectiveFrom", "effectiveUntil", "note");
        return new CodingDefinition(
            e.String("system"), e.String("code"), e.String("display"), e.String("confidence"), e.String("source"),
            e.OptionalString("effectiveFrom"), e.OptionalString("effectiveUntil"), e.OptionalString("note"));
    }
}

/// <summary>A JSON value of a definition file with its path, so that every mistake names the file and the place.</summary>
internal sealed record Element(string File, string Path, JsonElement Value)
{
    internal bool Has(string name) => Value.TryGetProperty(name, out _);

    internal Element Get(string name) =>
        Value.TryGetProperty(name, out var value) ? new Element(File, $"{Path}.{name}", value) : throw Error(name, "is missing");

    internal Element Object(string name)
    {
        var element = Get(name);
        return element.Value.ValueKind == JsonValueKind.Object ? element : throw Error(name, "must be an object");
    }

    internal string String(string name)
    {
        var element = Get(name);
        return element.Value.ValueKind == JsonValueKind.String && element.Value.GetString() is { Length: > 0 } text
            ? text
            : throw Error(name, "must be a non-empty string");
    }

    internal string? OptionalString(string name) => Has(name) ? String(name) : null;

    internal int Int(string name)
    {
        var element = Get(name);
        return element.Value.ValueKind == JsonValueKind.Number && element.Value.TryGetInt32(out var number)
            ? number
            : throw Error(name, "must be a whole number");
    }

    internal bool OptionalBool(string name) =>
        Has(name) && (Get(name).Value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(name, "must be true or false"),
        });

    internal ImmutableArray<string> OptionalStrings(string name) =>
        Has(name) ? Array(name, e => e.Value.ValueKind == JsonValueKind.String ? e.Value.GetString()! : throw e.Error(null, "must be a string")) : [];

    internal ImmutableArray<T> Array<T>(string name, Func<Element, T> read)
    {
        var element = Get(name);
        if (element.Value.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, "must be an array");
        }

        return [.. element.Value.EnumerateArray().Select((item, i) => read(new Element(File, $"{element.Path}[{i}]", item)))];
    }

    internal void AllowOnly(params string[] names)
    {
        foreach (var property in Value.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error(property.Name, $"is not a property here; expected {string.Join(", ", names)}");
            }
        }
    }

    internal InvalidDataException Error(string? name, string problem) =>
        new($"{File}: {(name is null ? Path : $"{Path}.{name}")} {problem}.");
}
