using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace StemCell.Explorer.Validation;

/// <summary>
/// The line of every value of a well-formed JSON document, by its JSON path (<c>$.studies[2].phase</c>), so a problem
/// found after the JSON was read, which has a path but no position, can still say where to look.
/// </summary>
internal sealed class JsonLineMap
{
    // The characters that make System.Text.Json write a property as ['name'] rather than .name in a path.
    private static readonly SearchValues<char> BracketedNameCharacters = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    private readonly Dictionary<string, long> _offsets;
    private readonly long[] _lineStarts;

    private JsonLineMap(Dictionary<string, long> offsets, long[] lineStarts)
    {
        _offsets = offsets;
        _lineStarts = lineStarts;
    }

    /// <summary>Maps a document, or returns null when it is not well-formed JSON (the reader's own error then has the position).</summary>
    internal static JsonLineMap? TryCreate(ReadOnlySpan<byte> utf8Json)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        var propertyPath = "$";
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        propertyPath = Append(frames.Peek().Path, reader.GetString()!);
                        offsets.TryAdd(propertyPath, reader.TokenStartIndex);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Push(new Frame(ValuePath(frames, propertyPath, offsets, reader.TokenStartIndex), reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        ValuePath(frames, propertyPath, offsets, reader.TokenStartIndex);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a property name that is not valid UTF-8 (which GetString cannot decode).
            return null;
        }

        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < utf8Json.Length; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        return new JsonLineMap(offsets, [.. lineStarts]);
    }

    /// <summary>
    /// Finds the one-based line of the value at a path; for a path that is not in the document (a missing property),
    /// the line of the nearest enclosing value that is. Null for the whole document, or a path that is not a JSON path.
    /// </summary>
    internal int? LineOf(string path)
    {
        for (var current = path; current is not null && current != "$"; current = Parent(current))
        {
            if (_offsets.TryGetValue(current, out var offset))
            {
                var index = Array.BinarySearch(_lineStarts, offset);
                return (index >= 0 ? index : ~index - 1) + 1;
            }
        }

        return null;
    }

    private static string ValuePath(Stack<Frame> frames, string propertyPath, Dictionary<string, long> offsets, long offset)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames.Peek();
        if (!parent.IsArray)
        {
            return propertyPath;
        }

        var path = string.Create(CultureInfo.InvariantCulture, $"{parent.Path}[{parent.NextIndex++}]");
        offsets.TryAdd(path, offset);
        return path;
    }

    private static string Append(string path, string name) =>
        name.AsSpan().IndexOfAny(BracketedNameCharacters) >= 0 ? $"{path}['{name}']" : $"{path}.{name}";

    private static string? Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            var open = path.EndsWith("']", StringComparison.Ordinal)
                ? path.LastIndexOf("['", StringComparison.Ordinal)
                : path.LastIndexOf('[');
            return open > 0 ? path[..open] : null;
        }

        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : null;
    }

    private sealed class Frame(string path, bool isArray)
    {
        internal string Path { get; } = path;

        internal bool IsArray { get; } = isArray;

        internal int NextIndex { get; set; }
    }
}
