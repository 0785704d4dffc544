using System.Text.Json;

namespace StemCell.Domain.Serialization;

/// <summary>Words for JSON tokens in error messages ("expected a string, but found a number").</summary>
internal static class JsonTokenText
{
    internal static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };
}
