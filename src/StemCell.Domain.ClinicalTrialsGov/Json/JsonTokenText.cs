using System.Text.Json;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>Names a kind of JSON token the way messages say what was found: "an object", "a string".</summary>
internal static class JsonTokenText
{
    internal static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };
}
