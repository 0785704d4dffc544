using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.AspNetCore;

/// <summary>
/// Gives the library's types their real schemas in an OpenAPI document: each model type the part of the dataset
/// document's JSON Schema (<see cref="StemCellJsonSchema"/>) that describes it, every vocabulary a string enum of its
/// codes in declaration order, partial dates and periods strings with their patterns.
/// </summary>
/// <remarks>
/// <para>
/// Without it, Microsoft.AspNetCore.OpenApi describes every type that has its own JSON converter as <c>{}</c>, any
/// value. The schemas come from the same JSON Schema the package ships, so they say what the reader accepts:
/// required properties, no unknown properties, the codes of each vocabulary, the result kinds. References to
/// the schema's own definitions are written out in place, so each schema stands alone.
/// </para>
/// <para>
/// A query or route parameter of a vocabulary type is described by its codes too, although it binds from a
/// synonym or any case as well (<see cref="VocabularyTerm{TTerm}.Parse(string, IFormatProvider?)"/>).
/// <see cref="StemCellDomainServiceCollectionExtensions.AddStemCellDomain"/> adds this transformer to every document;
/// add it yourself with <c>options.AddSchemaTransformer&lt;StemCellOpenApiSchemaTransformer&gt;()</c>.
/// </para>
/// </remarks>
public sealed class StemCellOpenApiSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string Studies = "/properties/studies/items";
    private const string Sources = "/properties/sources/items";
    private const string Findings = Studies + "/properties/findings/items";
    private const string Result = Findings + "/properties/result";

    // Where each model type's schema sits in the dataset document's schema, as a JSON pointer.
    private static readonly FrozenDictionary<Type, string> ModelPointers = new Dictionary<Type, string>
    {
        [typeof(EvidenceDataset)] = string.Empty,
        [typeof(Source)] = Sources,
        [typeof(SourceLocator)] = Sources + "/properties/locator",
        [typeof(Claim)] = Sources + "/properties/claims/items",
        [typeof(Study)] = Studies,
        [typeof(Institution)] = Studies + "/properties/institutions/items",
        [typeof(RegistryIdentifier)] = Studies + "/properties/registryIdentifiers/items",
        [typeof(Intervention)] = Studies + "/properties/interventions/items",
        [typeof(Dose)] = Studies + "/properties/interventions/items/properties/dose",
        [typeof(Finding)] = Findings,
        [typeof(Population)] = Findings + "/properties/population",
        [typeof(QuantitativeResult)] = Result,
        [typeof(ProposedMechanism)] = Studies + "/properties/mechanisms/items",
        [typeof(SafetyProfile)] = Studies + "/properties/safety",
        [typeof(TermEvidence)] = Studies + "/properties/evidence/items",
        [typeof(PartialDate)] = "/$defs/partial-date",
        [typeof(Period)] = "/$defs/period",
    }.ToFrozenDictionary();

    private static readonly Lazy<JsonObject> DatasetSchema = new(() => (JsonObject)JsonNode.Parse(StemCellJsonSchema.ToJson())!);

    /// <summary>Replaces the schema of a StemCell.Domain type with its real one; leaves every other schema as it is.</summary>
    /// <param name="schema">The schema Microsoft.AspNetCore.OpenApi made for the type.</param>
    /// <param name="context">Which type the schema is for.</param>
    /// <param name="cancellationToken">Not used: the work is synchronous.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> or <paramref name="context"/> is null.</exception>
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);

        // A property's schema is made from its type's JsonTypeInfo too; ASP.NET Core gives nullable value types
        // (PartialDate?) as their underlying type.
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (VocabularyOf(type) is { } vocabulary)
        {
            Fill(schema, Definition(vocabulary.Name));
        }
        else if (ModelPointers.TryGetValue(type, out var pointer))
        {
            Fill(schema, WithoutNull(Resolve(pointer)));
        }

        return Task.CompletedTask;
    }

    private static VocabularyDescriptor? VocabularyOf(Type type) =>
        typeof(IVocabularyTerm).IsAssignableFrom(type) ? Vocabularies.All.FirstOrDefault(v => v.TermType == type) : null;

    private static JsonObject Definition(string name) => (JsonObject)DatasetSchema.Value["$defs"]![name]!;

    private static JsonObject Resolve(string pointer)
    {
        JsonNode node = DatasetSchema.Value;
        foreach (var step in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray array ? array[int.Parse(step, CultureInfo.InvariantCulture)]! : node[step.Replace("~1", "/", StringComparison.Ordinal)]!;
        }

        return (JsonObject)node;
    }

    // A model object on its own is never null: the "null" the document allows where it is optional goes.
    private static JsonObject WithoutNull(JsonObject source)
    {
        var copy = (JsonObject)source.DeepClone();
        if (copy["type"] is JsonArray types)
        {
            var remaining = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.DeepClone()).ToArray();
            copy["type"] = remaining.Length == 1 ? remaining[0] : new JsonArray(remaining);
        }

        if (copy["anyOf"] is JsonArray anyOf && anyOf.Any(IsNullSchema))
        {
            var remaining = anyOf.Where(s => !IsNullSchema(s)).Select(s => s!.DeepClone()).ToArray();
            copy.Remove("anyOf");
            if (remaining.Length == 1 && remaining[0] is JsonObject only)
            {
                foreach (var (key, value) in only)
                {
                    copy[key] = value?.DeepClone();
                }
            }
            else
            {
                copy["anyOf"] = new JsonArray(remaining);
            }
        }

        return copy;
    }

    private static bool IsNullSchema(JsonNode? node) =>
        node is JsonObject { Count: 1 } o && o["type"] is JsonValue v && v.GetValue<string>() == "null";

    private static OpenApiSchema Convert(JsonNode? node)
    {
        var schema = new OpenApiSchema();
        if (node is JsonObject source)
        {
            Fill(schema, source);
        }

        return schema;
    }

    // The keywords the dataset schema uses, from JSON Schema 2020-12 to the OpenAPI 3.1 object model.
    private static void Fill(OpenApiSchema target, JsonObject source)
    {
        target.Type = null;
        target.Properties = null;
        target.Required = null;
        target.Items = null;
        target.Enum = null;
        target.AnyOf = null;
        target.AllOf = null;
        target.OneOf = null;
        target.Format = null;
        foreach (var (key, value) in source)
        {
            switch (key)
            {
                case "$ref":
                    Fill(target, Definition(value!.GetValue<string>()["#/$defs/".Length..]));
                    break;
                case "type":
                    target.Type = value is JsonArray names
                        ? names.Aggregate((JsonSchemaType)0, (all, name) => all | TypeOf(name!.GetValue<string>()))
                        : TypeOf(value!.GetValue<string>());
                    break;
                case "properties":
                    target.Properties = value!.AsObject().ToDictionary(p => p.Key, p => (IOpenApiSchema)Convert(p.Value), StringComparer.Ordinal);
                    break;
                case "required":
                    target.Required = value!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                    break;
                case "additionalProperties":
                    target.AdditionalPropertiesAllowed = value!.GetValue<bool>();
                    break;
                case "items":
                    target.Items = Convert(value);
                    break;
                case "enum":
                    target.Enum = value!.AsArray().Select(n => n?.DeepClone()).ToList()!;
                    break;
                case "const":
                    target.Const = value is JsonValue constant && constant.TryGetValue<string>(out var text) ? text : value?.ToJsonString();
                    break;
                case "pattern":
                    target.Pattern = value!.GetValue<string>();
                    break;
                case "minLength":
                    target.MinLength = value!.GetValue<int>();
                    break;
                case "description":
                    target.Description = value!.GetValue<string>();
                    break;
                case "title":
                    target.Title = value!.GetValue<string>();
                    break;
                case "deprecated":
                    target.Deprecated = value!.GetValue<bool>();
                    break;
                case "anyOf":
                    target.AnyOf = value!.AsArray().Select(n => (IOpenApiSchema)Convert(n)).ToList();
                    break;
                case "allOf":
                    target.AllOf = value!.AsArray().Select(n => (IOpenApiSchema)Convert(n)).ToList();
                    break;
                case "not":
                    target.Not = Convert(value);
                    break;
                case "if":
                    target.If = Convert(value);
                    break;
                case "then":
                    target.Then = Convert(value);
                    break;
                case "else":
                    target.Else = Convert(value);
                    break;
                default:
                    // $schema, $id and $defs of the whole document: the definitions are written out where referenced.
                    break;
            }
        }
    }

    private static JsonSchemaType TypeOf(string name) => name switch
    {
        "null" => JsonSchemaType.Null,
        "boolean" => JsonSchemaType.Boolean,
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "string" => JsonSchemaType.String,
        "object" => JsonSchemaType.Object,
        "array" => JsonSchemaType.Array,
        _ => throw new InvalidOperationException($"The dataset schema uses the type '{name}', which this transformer does not know."),
    };
}
