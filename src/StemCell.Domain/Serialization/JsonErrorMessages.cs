using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization.Wire;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Rewrites System.Text.Json's own error messages in the terms of the document format. Its messages name .NET types
/// ("could not be converted to System.Nullable`1[System.Int32]", "… type 'StemCell.Domain.Serialization.Wire.StudyWire'")
/// and give .NET advice ("Consider updating its nullability annotation"), which mean nothing to a program in another
/// language that wrote the document; this says what the format expected there instead.
/// </summary>
/// <remarks>
/// The serializer's messages are matched by their text, which is not a contract: a message that no longer matches is
/// passed through unchanged, and the invalid-document corpus tests, which check each message, show it.
/// </remarks>
internal static partial class JsonErrorMessages
{
    private const string WholeNumber = "a whole number from -2147483648 to 2147483647";

    // Each wire shape as the object it is in the document, and the other types the serializer names as the format's values.
    private static readonly FrozenDictionary<string, string> ObjectNames = new Dictionary<string, string>
    {
        [typeof(DatasetWire).ToString()] = "dataset",
        [typeof(SourceWire).ToString()] = "source",
        [typeof(LocatorWire).ToString()] = "locator",
        [typeof(ClaimWire).ToString()] = "claim",
        [typeof(StudyWire).ToString()] = "study",
        [typeof(InstitutionWire).ToString()] = "institution",
        [typeof(RegistryIdentifierWire).ToString()] = "registry identifier",
        [typeof(InterventionWire).ToString()] = "intervention",
        [typeof(DoseWire).ToString()] = "dose",
        [typeof(FindingWire).ToString()] = "finding",
        [typeof(PopulationWire).ToString()] = "population",
        [typeof(ResultWire).ToString()] = "result",
        [typeof(ProportionWire).ToString()] = "proportion result",
        [typeof(ScaleScoreWire).ToString()] = "scale-score result",
        [typeof(ScaleChangeWire).ToString()] = "scale-change result",
        [typeof(HazardRatioWire).ToString()] = "hazard-ratio result",
        [typeof(ConfidenceIntervalWire).ToString()] = "confidence interval",
        [typeof(ProposedMechanismWire).ToString()] = "mechanism",
        [typeof(SafetyWire).ToString()] = "safety",
        [typeof(EvidenceWire).ToString()] = "evidence",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ValueNames = new Dictionary<string, string>
    {
        [typeof(string).ToString()] = "a JSON string",
        [typeof(int).ToString()] = WholeNumber,
        [typeof(int?).ToString()] = WholeNumber,
        [typeof(decimal).ToString()] = "a JSON number",
        [typeof(decimal?).ToString()] = "a JSON number",
        [typeof(PartialDate).ToString()] = "a partial date",
        [typeof(PartialDate?).ToString()] = "a partial date",
        [typeof(Period).ToString()] = "an ISO-8601 duration",
        [typeof(LocatorKindWire).ToString()] = "a locator kind, 'url' or 'doi'",
        [typeof(PopulationKindWire).ToString()] = "a population kind, 'all-participants' or 'subgroup'",
        [typeof(Actuality).ToString()] = "an actuality, 'actual' or 'estimated'",
        [typeof(Actuality?).ToString()] = "an actuality, 'actual' or 'estimated'",
    }
    .Concat(Vocabularies.All.Select(v => KeyValuePair.Create(v.TermType.ToString(), $"a {v.Name} code")))
    .Concat(ObjectNames.Select(o => KeyValuePair.Create(o.Key, $"{Article(o.Value)} {o.Value} object")))
    .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string ResultKinds = string.Join(
        ", ", WireJsonContext.Default.ResultWire.PolymorphismOptions!.DerivedTypes.Select(d => d.TypeDiscriminator));

    // The wire shapes' lists are List<T>, which System.Text.Json fills without a final copy into an array.
    private static bool IsListType(string type) =>
        type.EndsWith("[]", StringComparison.Ordinal) || type.StartsWith("System.Collections.Generic.List`1[", StringComparison.Ordinal);

    /// <summary>Says what went wrong in the format's terms, without the location System.Text.Json appends.</summary>
    /// <param name="error">The serializer's error.</param>
    /// <returns>The rewritten message, or the serializer's own when it is not one this class knows.</returns>
    internal static string Describe(JsonException error) => Describe(error, WithoutLocation(error.Message));

    /// <summary>Says what went wrong in the format's terms.</summary>
    /// <param name="error">The serializer's error.</param>
    /// <param name="message">Its message without the location System.Text.Json appends.</param>
    /// <returns>The rewritten message, or <paramref name="message"/> when it is not one this class knows.</returns>
    internal static string Describe(JsonException error, string message)
    {
        if (CouldNotConvert().Match(message) is { Success: true } conversion)
        {
            var type = conversion.Groups["type"].Value;
            return ValueNames.TryGetValue(type, out var expected) ? $"Expected {expected}{WhatWasFound(error.InnerException)}."
                : IsListType(type) ? $"Expected a JSON array{WhatWasFound(error.InnerException)}."
                : message;
        }

        if (MissingRequired().Match(message) is { Success: true } missing && ObjectNames.TryGetValue(missing.Groups["type"].Value, out var owner))
        {
            var properties = missing.Groups["properties"].Value;
            var several = properties.Contains("', '", StringComparison.Ordinal);
            return $"The {owner} object is missing its required {(several ? "properties" : "property")} {properties}.";
        }

        if (Unmapped().Match(message) is { Success: true } unmapped && ObjectNames.TryGetValue(unmapped.Groups["type"].Value, out owner))
        {
            return $"'{unmapped.Groups["name"].Value}' is not a property of {Article(owner)} {owner} object; a strict reader rejects "
                + "properties the format does not define (a lenient one skips them).";
        }

        if (Duplicate().Match(message) is { Success: true } duplicate && ObjectNames.TryGetValue(duplicate.Groups["type"].Value, out owner))
        {
            return $"The property '{duplicate.Groups["name"].Value}' appears more than once in {Article(owner)} {owner} object.";
        }

        if (DuplicateKind().Match(message) is { Success: true } duplicateKind)
        {
            return $"The property '{duplicateKind.Groups["name"].Value}' appears more than once.";
        }

        if (NullNotAllowed().Match(message) is { Success: true } nullValue && ObjectNames.ContainsKey(nullValue.Groups["type"].Value))
        {
            return $"Expected a value for '{nullValue.Groups["name"].Value}', but found null.";
        }

        if (UnknownKind().Match(message) is { Success: true } kind)
        {
            return $"'{kind.Groups["kind"].Value}' is not a result kind. Expected one of: {ResultKinds}.";
        }

        if (KindNotString().Match(message) is { Success: true } kindToken)
        {
            return $"Expected the result kind as a JSON string, but found {DescribeToken(kindToken.Groups["token"].Value)}.";
        }

        if (NoTokens().IsMatch(message))
        {
            return "Expected a JSON value, but the input is empty or only white space.";
        }

        if (TrailingComma().Match(message) is { Success: true } comma)
        {
            return $"The JSON {comma.Groups["container"].Value} ends with a comma, which JSON does not allow.";
        }

        return message.StartsWith("'/' is", StringComparison.Ordinal) ? message + " JSON has no comments." : message;
    }

    /// <summary>Says what went wrong when the serializer could not create a value, in the format's terms.</summary>
    /// <param name="message">The serializer's message without its location.</param>
    /// <returns>The rewritten message, or <paramref name="message"/> when it is not one this class knows.</returns>
    internal static string DescribeNotSupported(string message) =>
        NoKind().Match(message) is { Success: true } noKind && ObjectNames.TryGetValue(noKind.Groups["type"].Value, out var owner)
            ? $"The {owner} object has no 'kind'. Expected one of: {ResultKinds}."
            : message;

    /// <summary>Removes the " Path: $.x | LineNumber: 0 | BytePositionInLine: 5." System.Text.Json appends to its own messages.</summary>
    internal static string WithoutLocation(string message)
    {
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (index < 0)
        {
            index = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return index < 0 ? message : message[..index];
    }

    private static string WhatWasFound(Exception? cause) => cause switch
    {
        // GetString and CopyString say why they could not make a string: the bytes, or an escape, are not valid text.
        InvalidOperationException e when e.Message.Contains("UTF-8", StringComparison.Ordinal) => ", but its text is not valid UTF-8",
        InvalidOperationException e when e.Message.Contains("UTF-16", StringComparison.Ordinal) =>
            ", but its text has a \\u escape of half a surrogate pair",
        InvalidOperationException e when TokenType().Match(e.Message) is { Success: true } token => $", but found {DescribeToken(token.Groups["token"].Value)}",
        FormatException => ", but found a number out of its range or with a fraction",
        _ => string.Empty,
    };

    private static string DescribeToken(string tokenType) =>
        Enum.TryParse<JsonTokenType>(tokenType, out var type) ? JsonTokenText.Describe(type) : tokenType;

    private static string Article(string noun) => noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    [GeneratedRegex(@"\AThe JSON value could not be converted to (?<type>.+)\.\z", RegexOptions.CultureInvariant)]
    private static partial Regex CouldNotConvert();

    [GeneratedRegex(@"\AJSON deserialization for type '(?<type>[^']+)' was missing required properties including: (?<properties>.+)\.\z", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"\AThe JSON property '(?<name>.*)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'\.\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"\ADuplicate property '(?<name>.*)' encountered during deserialization of type '(?<type>[^']+)'\.\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"\ADeserialized object contains a duplicate '(?<name>.*)' metadata property\.\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DuplicateKind();

    [GeneratedRegex(@"\AThe property or field '(?<name>.*)' on type '(?<type>[^']+)' doesn't allow setting null values\.", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"\ARead unrecognized type discriminator id '(?<kind>.*)'\.\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnknownKind();

    [GeneratedRegex(@"\AThe '\$id', '\$ref' or '\$type' metadata properties must be JSON strings\. Current token type is '(?<token>\w+)'\.\z", RegexOptions.CultureInvariant)]
    private static partial Regex KindNotString();

    [GeneratedRegex(@"\AThe JSON payload for polymorphic interface or abstract type '(?<type>[^']+)' must specify a type discriminator\.", RegexOptions.CultureInvariant)]
    private static partial Regex NoKind();

    [GeneratedRegex(@"\AThe input does not contain any JSON tokens\.", RegexOptions.CultureInvariant)]
    private static partial Regex NoTokens();

    [GeneratedRegex(@"\AThe JSON (?<container>object|array) contains a trailing comma at the end which is not supported in this mode\.", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingComma();

    [GeneratedRegex(@"token type '(?<token>\w+)'", RegexOptions.CultureInvariant)]
    private static partial Regex TokenType();
}
