using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace StemCell.Explorer.Validation;

/// <summary>
/// The lines of the values at some JSON paths (<c>$.studies[2].phase</c>) of a document, so a problem found after the
/// JSON was read, which has a path but no position, can still say where to look. The document is read as a stream, and
/// only the lines asked for (and those of the values holding them) are kept, so a document of any size is mapped in
/// flat memory.
/// </summary>
internal sealed class JsonLineMap
{
    // The characters that make System.Text.Json write a property as ['name'] rather than .name in a path.
    private static readonly SearchValues<char> BracketedNameCharacters = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    private readonly Dictionary<string, int> _lines;

    private JsonLineMap(Dictionary<string, int> lines)
    {
        _lines = lines;
    }

    /// <summary>
    /// Maps the lines of <paramref name="paths"/> in a document, or returns null when it is not well-formed JSON (the
    /// reader's own error then has the position).
    /// </summary>
    internal static JsonLineMap? TryCreate(Stream utf8Json, IEnumerable<string> paths)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var current = path; current is not null && current != "$"; current = Parent(current))
            {
                wanted.Add(current);
            }
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        var propertyPath = "$";
        var buffer = new byte[64 * 1024];
        var (filled, line, isFinal) = (0, 1, false);
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (!isFinal)
            {
                var read = utf8Json.Read(buffer, filled, buffer.Length - filled);
                isFinal = read == 0;
                filled += read;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), isFinal, state);
                var counted = 0;
                while (reader.Read())
                {
                    // Lines counted up to this token, which is where a value found here sits.
                    line += buffer.AsSpan(counted, (int)reader.TokenStartIndex - counted).Count((byte)'\n');
                    counted = (int)reader.TokenStartIndex;
                    string? path = null;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            path = propertyPath = Append(frames.Peek().Path, reader.GetString()!);
                            break;
                        case JsonTokenType.StartObject or JsonTokenType.StartArray:
                            path = ValuePath(frames, propertyPath);
                            frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                            break;
                        case JsonTokenType.EndObject or JsonTokenType.EndArray:
                            frames.Pop();
                            break;
                        default:
                            path = ValuePath(frames, propertyPath);
                            break;
                    }

                    if (path is not null && wanted.Contains(path))
                    {
                        lines.TryAdd(path, line);
                    }
                }

                var consumed = (int)reader.BytesConsumed;
                line += buffer.AsSpan(counted, consumed - counted).Count((byte)'\n');
                state = reader.CurrentState;
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    // One token longer than the buffer: make room for it.
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a property name that is not valid UTF-8 (which GetString cannot decode).
            return null;
        }

        return new JsonLineMap(lines);
    }

    /// <summary>
    /// Finds the one-based line of the value at a path; for a path that is not in the document (a missing property),
    /// the line of the nearest enclosing value that is. Null for the whole document, or a path that is not a JSON path.
    /// </summary>
    internal int? LineOf(string path)
    {
        for (var current = path; current is not null && current != "$"; current = Parent(current))
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }
        }

        return null;
    }

    private static string ValuePath(Stack<Frame> frames, string propertyPath)
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

        return string.Create(CultureInfo.InvariantCulture, $"{parent.Path}[{parent.NextIndex++}]");
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
