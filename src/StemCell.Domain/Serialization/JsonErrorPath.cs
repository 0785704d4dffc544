using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Finds the JSON path of malformed JSON inside a value a converter reads. System.Text.Json's reads from a caller's
/// reader first skip over the whole value to find where it ends, and a reader error found there only has the path
/// <c>$</c>; walking the value again with a copy of the reader finds where it is, in the serializer's own terms.
/// </summary>
internal static class JsonErrorPath
{
    /// <summary>Walks the value the reader is at, returning the path of the reader error in it, or null when there is none.</summary>
    /// <param name="reader">A copy of the reader, at the value's first token; the caller's reader does not move.</param>
    internal static string? Find(Utf8JsonReader reader)
    {
        // The path the serializer gives: each open array's count of elements already read, and each open object's
        // property while its value is being read.
        var frames = new List<(bool IsArray, int Count, string? Property)>();
        try
        {
            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, 0, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        if (frames.Count == 0)
                        {
                            return null;
                        }

                        EndValue(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        break;
                    default:
                        if (frames.Count == 0)
                        {
                            return null;
                        }

                        EndValue(frames);
                        break;
                }
            }
            while (reader.Read());
        }
        catch (JsonException)
        {
            return PathOf(frames);
        }
        catch (InvalidOperationException)
        {
            // A property name that is not valid text: the serializer reports that itself, with its own path.
            return null;
        }

        return null;
    }

    private static void EndValue(List<(bool IsArray, int Count, string? Property)> frames)
    {
        var top = frames[^1];
        frames[^1] = top.IsArray ? top with { Count = top.Count + 1 } : top with { Property = null };
    }

    private static string PathOf(List<(bool IsArray, int Count, string? Property)> frames)
    {
        var path = new StringBuilder("$");
        foreach (var (isArray, count, property) in frames)
        {
            if (isArray)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{count}]");
            }
            else if (property is not null)
            {
                path.Append('.').Append(property);
            }
        }

        return path.ToString();
    }
}
