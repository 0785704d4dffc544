using System.Globalization;
using System.Text.Json;
using StemCell.Domain.Benchmarks.Baseline;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Keeps the serialization benchmarks fair: the POCO baseline must move every value the library moves, and the
/// synthetic dataset must use every property of the format, or the baseline could be measured doing less work.
/// <see cref="SerializationBenchmarks"/> runs both checks in its setup, so the smoke mode fails when either breaks.
/// </summary>
internal static class BaselineRoundTrip
{
    /// <summary>
    /// Reads the library's document into the baseline and writes it back; throws unless the JSON written is the same
    /// JSON (property order, layout and number spelling aside).
    /// </summary>
    /// <returns>What the baseline read.</returns>
    internal static PocoDataset Check(ReadOnlySpan<byte> document, string what)
    {
        var poco = JsonSerializer.Deserialize(document, PocoJsonContext.Default.PocoDataset)
            ?? throw new InvalidOperationException($"{what}: the baseline read null.");
        var written = JsonSerializer.SerializeToUtf8Bytes(poco, PocoJsonContext.Default.PocoDataset);
        using var expected = JsonDocument.Parse(document.ToArray());
        using var actual = JsonDocument.Parse(written);
        if (FirstDifference(expected.RootElement, actual.RootElement, "$") is { } difference)
        {
            throw new InvalidOperationException($"{what}: the POCO baseline does not round-trip the library's document: {difference}.");
        }

        return poco;
    }

    /// <summary>
    /// Throws unless <paramref name="document"/> has every property the format's JSON Schema declares, in every kind
    /// of object (each result kind separately), deprecated ones aside.
    /// </summary>
    internal static void CheckUsesEveryProperty(ReadOnlySpan<byte> document, string what)
    {
        using var schema = JsonDocument.Parse(StemCellJsonSchema.ToJson());
        var declared = new SortedSet<string>(StringComparer.Ordinal);
        CollectDeclared(schema.RootElement, "$", declared);
        using var parsed = JsonDocument.Parse(document.ToArray());
        var used = new HashSet<string>(StringComparer.Ordinal);
        CollectUsed(parsed.RootElement, "$", used);
        declared.ExceptWith(used);
        if (declared.Count > 0)
        {
            throw new InvalidOperationException($"{what} does not use every property of the format; missing: {string.Join(", ", declared)}.");
        }
    }

    private static string? FirstDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path} is {expected.ValueKind} in the library's document, {actual.ValueKind} in the baseline's";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value))
                    {
                        return $"{path}.{property.Name} is lost";
                    }

                    actualNames.Remove(property.Name);
                    if (FirstDifference(property.Value, value, $"{path}.{property.Name}") is { } difference)
                    {
                        return difference;
                    }
                }

                return actualNames.Count == 0 ? null : $"{path}.{actualNames.First()} is added";
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path} has {expected.GetArrayLength()} items in the library's document, {actual.GetArrayLength()} in the baseline's";
                }

                var index = 0;
                foreach (var (left, right) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    if (FirstDifference(left, right, $"{path}[{index++}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return expected.GetDecimal() == actual.GetDecimal() ? null : Changed(path, expected, actual);
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : Changed(path, expected, actual);
            default:
                return null;
        }
    }

    private static string Changed(string path, JsonElement expected, JsonElement actual) =>
        string.Create(CultureInfo.InvariantCulture, $"{path} is {expected.GetRawText()} in the library's document, {actual.GetRawText()} in the baseline's");

    // A schema path names the objects as a document path does, with [] for any item and a result's kind after a colon:
    // $.studies[].findings[].result:hazard-ratio.confidenceInterval.level.
    private static void CollectDeclared(JsonElement schema, string path, ISet<string> declared)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.TryGetProperty("deprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.True)
                {
                    continue;
                }

                var propertyPath = $"{path}.{property.Name}";
                declared.Add(propertyPath);
                CollectDeclared(property.Value, propertyPath, declared);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            CollectDeclared(items, path + "[]", declared);
        }

        if (schema.TryGetProperty("anyOf", out var variants))
        {
            foreach (var variant in variants.EnumerateArray())
            {
                var kind = variant.TryGetProperty("properties", out var variantProperties)
                    && variantProperties.TryGetProperty("kind", out var kindSchema)
                    && kindSchema.TryGetProperty("const", out var constant)
                        ? $"{path}:{constant.GetString()}"
                        : path;
                CollectDeclared(variant, kind, declared);
            }
        }
    }

    private static void CollectUsed(JsonElement element, string path, ISet<string> used)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var objectPath = path.EndsWith(".result", StringComparison.Ordinal) && element.TryGetProperty("kind", out var kind)
                    ? $"{path}:{kind.GetString()}"
                    : path;
                if (objectPath != path)
                {
                    used.Add(path);
                }

                foreach (var property in element.EnumerateObject())
                {
                    var propertyPath = $"{objectPath}.{property.Name}";
                    used.Add(propertyPath);
                    CollectUsed(property.Value, propertyPath, used);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectUsed(item, path + "[]", used);
                }

                break;
        }
    }
}
