using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// What a property's value is in the document: what the reader expects of it (its JSON kind), how the JSON Schema
/// describes it, including the model's rules on one value that a schema can state (a non-blank text, an id's shape, a
/// number's range), how the reader reads it, and, for a value of the model (<see cref="JsonValueFormat{T}"/>), how the
/// writer writes it.
/// </summary>
internal abstract class JsonValueFormat
{
    /// <summary>A text that is neither empty nor padded with white space, as the model's texts are.</summary>
    internal static readonly JsonValueFormat<string?> Text = new Format<string?>(
        // No pattern with "$": a final white space, a line feed included, is matched as such in every engine.
        () => new()
        {
            ["type"] = "string",
            ["minLength"] = 1,
            ["not"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["pattern"] = $"^{WhiteSpace}" }, new JsonObject { ["pattern"] = $"{WhiteSpace}$" }) },
        },
        ReadString,
        WriteString,
        WriteStringProperty);

    /// <summary>An id: lower-case ASCII letters and digits in words joined by single hyphens, at most 100 characters.</summary>
    internal static readonly JsonValueFormat<string?> Id = String("^[a-z0-9]+(-[a-z0-9]+)*$", Slug.MaximumLength);

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    internal static readonly JsonValueFormat<string?> Country = String("^[A-Z]{2}$");

    // What string.Trim removes (char.IsWhiteSpace), spelled out: "\s" differs between regular expression engines.
    private const string WhiteSpace = @"[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";

    /// <summary>A date at the precision a source states it.</summary>
    internal static readonly JsonValueFormat<PartialDate?> PartialDate = new Format<PartialDate?>(
        () => Definition(StemCellJsonSchema.PartialDateDefinition),
        static (ref DocumentReader reader) => reader.ReadPartialDate(),
        static (writer, date) => PartialDateJsonConverter.WriteValue(writer, date!.Value));

    /// <summary>A positive ISO-8601 duration.</summary>
    internal static readonly JsonValueFormat<Period?> Period = new Format<Period?>(
        () => Definition(StemCellJsonSchema.PeriodDefinition),
        static (ref DocumentReader reader) => reader.ReadPeriod(),
        static (writer, period) => PeriodJsonConverter.WritePeriod(writer, period!));

    /// <summary>Whether a value is stated (<c>actual</c>) or expected (<c>estimated</c>), in the order of <see cref="Model.Actuality"/>.</summary>
    internal static readonly JsonChoiceFormat Actuality = new("an actuality", "actual", "estimated");

    /// <summary>Gets a value that must be a JSON array (a list is never null; an absent list is an empty one).</summary>
    internal virtual bool IsList => false;

    /// <summary>A whole number a 32-bit integer holds, at least <paramref name="minimum"/>.</summary>
    internal static JsonValueFormat<int?> Integer(int minimum) =>
        new Format<int?>(
            () => NumberSchema("integer", minimum, null, int.MaxValue, null),
            static (ref DocumentReader reader) => reader.ReadInt32(),
            static (writer, number) => writer.WriteNumberValue(number!.Value),
            static (writer, name, number) => writer.WriteNumber(name, number!.Value));

    /// <summary>A JSON number a <see cref="decimal"/> holds, within bounds, each inclusive or exclusive.</summary>
    internal static JsonValueFormat<decimal?> Number(decimal? minimum = null, decimal? exclusiveMinimum = null, decimal? maximum = null, decimal? exclusiveMaximum = null) =>
        new Format<decimal?>(
            () => NumberSchema(
                "number",
                minimum ?? (exclusiveMinimum is null ? decimal.MinValue : null),
                exclusiveMinimum,
                maximum ?? (exclusiveMaximum is null ? decimal.MaxValue : null),
                exclusiveMaximum),
            static (ref DocumentReader reader) => reader.ReadDecimal(),
            static (writer, number) => writer.WriteNumberValue(number!.Value));

    /// <summary>
    /// The schema of a string matching a pattern anchored with <c>$</c>, which in .NET's regular expressions (and so in
    /// validators built on them) also matches before a final line feed: that line feed is ruled out on its own.
    /// </summary>
    internal static JsonObject AnchoredPattern(string pattern, JsonObject? alsoNot = null) => new()
    {
        ["type"] = "string",
        ["pattern"] = pattern,
        ["not"] = alsoNot is null
            ? new JsonObject { ["pattern"] = "\n$" }
            : new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["pattern"] = "\n$" }, alsoNot) },
    };

    /// <summary>A code of a vocabulary.</summary>
    internal static JsonValueFormat<TTerm?> Term<TTerm>()
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm> =>
        new Format<TTerm?>(
            () => Definition(TTerm.VocabularyName),
            static (ref DocumentReader reader) => reader.ReadTerm<TTerm>(),
            static (writer, term) => writer.WriteStringValue(term!.Code),
            static (writer, name, term) => writer.WriteString(name, term!.Code));

    /// <summary>A code of any vocabulary, which vocabulary being another property of the same object.</summary>
    internal static JsonValueFormat<string?> AnyTerm() => String(null);

    /// <summary>The name of a vocabulary.</summary>
    internal static JsonValueFormat<string?> VocabularyName() => new Format<string?>(() => JsonChoiceFormat.Schema(Vocabularies.All.Select(v => v.Name)), ReadString, WriteString, WriteStringProperty);

    /// <summary>A list of values of one format; <paramref name="minItems"/> 1 for a list that must not be empty.</summary>
    internal static JsonValueFormat<ImmutableArray<T>> List<T>(JsonValueFormat<T?> item, bool unique = false, int minItems = 0)
        where T : class => new ListFormat<T>(item, unique, minItems);

    /// <summary>An object of the format.</summary>
    internal static JsonValueFormat<T?> Object<T>(JsonObjectFormat<T> format)
        where T : class => new Format<T?>(format.Schema, format.Read, (writer, value) => format.Write(writer, value!));

    /// <summary>The JSON Schema of a value.</summary>
    internal abstract JsonObject Schema();

    /// <summary>Reads a value at the reader's current token: null when it could not, a problem saying why.</summary>
    /// <returns>The value, boxed when it is a struct, for the table of the object it is a property of.</returns>
    internal abstract object? ReadValue(ref DocumentReader reader);

    /// <summary>The JSON Schema of an optional value, which a document may also give as <c>null</c>.</summary>
    internal JsonObject NullableSchema()
    {
        // A "not" holds for null too (its patterns pass a value that is no string), so such a schema is wrapped whole.
        var schema = Schema();
        if (schema["$ref"] is not null || schema["not"] is not null)
        {
            return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        }

        if (schema["enum"] is JsonArray codes)
        {
            codes.Add(null);
        }

        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
        }

        return schema;
    }

    /// <summary>A string matching a pattern, when given, and at most so long, when given.</summary>
    internal static JsonValueFormat<string?> String(string? pattern, int? maxLength = null) => new Format<string?>(
        () =>
        {
            var schema = pattern is null ? new JsonObject { ["type"] = "string" } : AnchoredPattern(pattern);
            if (maxLength is { } max)
            {
                schema["maxLength"] = max;
            }

            return schema;
        },
        ReadString,
        WriteString,
        WriteStringProperty);

    private static string? ReadString(ref DocumentReader reader) => reader.ReadString();

    private static void WriteString(Utf8JsonWriter writer, string? text) => writer.WriteStringValue(text);

    private static void WriteStringProperty(Utf8JsonWriter writer, JsonEncodedText name, string? text) => writer.WriteString(name, text);

    private static JsonObject Definition(string definition) => new() { ["$ref"] = $"#/$defs/{definition}" };

    private static JsonObject NumberSchema(string type, decimal? minimum, decimal? exclusiveMinimum, decimal? maximum, decimal? exclusiveMaximum)
    {
        var schema = new JsonObject { ["type"] = type };
        foreach (var (keyword, bound) in new[] { ("minimum", minimum), ("exclusiveMinimum", exclusiveMinimum), ("maximum", maximum), ("exclusiveMaximum", exclusiveMaximum) })
        {
            if (bound is { } value)
            {
                schema[keyword] = value;
            }
        }

        return schema;
    }

    /// <summary>
    /// A format whose schema one function makes, whose values another reads and a third writes; a fourth, where given,
    /// writes a property of the value in one call (Utf8JsonWriter's WriteString), which is faster than its name and its
    /// value one by one.
    /// </summary>
    private sealed class Format<T>(
        Func<JsonObject> schema, ValueReader<T> read, Action<Utf8JsonWriter, T> write, Action<Utf8JsonWriter, JsonEncodedText, T>? writeProperty = null)
        : JsonValueFormat<T>
    {
        internal override JsonObject Schema() => schema();

        internal override object? ReadValue(ref DocumentReader reader) => read(ref reader);

        internal override void Write(Utf8JsonWriter writer, T value) => write(writer, value);

        internal override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, T value)
        {
            if (writeProperty is null)
            {
                base.WriteProperty(writer, name, value);
            }
            else
            {
                writeProperty(writer, name, value);
            }
        }
    }

    private sealed class ListFormat<T>(JsonValueFormat<T?> item, bool unique, int minItems) : JsonValueFormat<ImmutableArray<T>>
        where T : class
    {
        private readonly ValueReader<T> _readItem = (ref DocumentReader reader) => (T?)item.ReadValue(ref reader);

        internal override bool IsList => true;

        internal override object? ReadValue(ref DocumentReader reader) => reader.ReadList(_readItem);

        internal override bool IsAbsent(ImmutableArray<T> value) => value.IsDefaultOrEmpty;

        internal override void Write(Utf8JsonWriter writer, ImmutableArray<T> value)
        {
            writer.WriteStartArray();
            foreach (var element in value)
            {
                item.Write(writer, element);
            }

            writer.WriteEndArray();
        }

        internal override JsonObject Schema()
        {
            var schema = new JsonObject { ["type"] = "array", ["items"] = item.Schema() };
            if (minItems > 0)
            {
                schema["minItems"] = minItems;
            }

            if (unique)
            {
                schema["uniqueItems"] = true;
            }

            return schema;
        }
    }
}

/// <summary>The format of a value of the model of type <typeparamref name="T"/>: also how the writer writes one.</summary>
internal abstract class JsonValueFormat<T> : JsonValueFormat
{
    /// <summary>Whether a value is absent, so that its property is not written: null, or for a list empty.</summary>
    internal virtual bool IsAbsent(T value) => value is null;

    /// <summary>Writes a value that is not absent.</summary>
    internal abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>Writes a property whose value is not absent: its name, then its value.</summary>
    internal virtual void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, T value)
    {
        writer.WritePropertyName(name);
        Write(writer, value);
    }
}

/// <summary>One of a fixed set of texts, such as a locator's kind; read and written as its index in <see cref="Codes"/>.</summary>
internal sealed class JsonChoiceFormat : JsonValueFormat<int?>
{
    internal JsonChoiceFormat(string what, params string[] codes)
    {
        What = what;
        Codes = [.. codes];
    }

    /// <summary>Gets what the value is, with its article, for messages: "a locator kind".</summary>
    internal string What { get; }

    internal ImmutableArray<string> Codes { get; }

    /// <summary>Gets the codes encoded for the writer, made on first write (see <see cref="JsonPropertyFormat.EncodedName"/>).</summary>
    private JsonEncodedText[] EncodedCodes => field ??= [.. Codes.Select(code => JsonEncodedText.Encode(code))];

    /// <summary>The JSON Schema of one of a fixed set of texts.</summary>
    internal static JsonObject Schema(IEnumerable<string> codes) => new()
    {
        ["type"] = "string",
        ["enum"] = new JsonArray([.. codes.Select(code => JsonValue.Create(code))]),
    };

    internal override JsonObject Schema() => Schema(Codes);

    internal override object? ReadValue(ref DocumentReader reader) => reader.ReadChoice(this);

    internal override void Write(Utf8JsonWriter writer, int? value) => writer.WriteStringValue(EncodedCodes[value!.Value]);
}

/// <summary>A property of an object of the format: its JSON name, its value's format, and whether it is required.</summary>
internal class JsonPropertyFormat
{
    internal JsonPropertyFormat(string name, JsonValueFormat value, bool required = false, string? description = null)
    {
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        Value = value;
        Required = required;
        Description = description;
    }

    /// <summary>Gets the property's JSON name, the one place it is spelled.</summary>
    internal string Name { get; }

    /// <summary>Gets the name as UTF-8, for the reader to find (a name needs no escaping).</summary>
    internal byte[] Utf8Name { get; }

    /// <summary>Gets the name encoded once for the writer, on first write.</summary>
    /// <remarks>
    /// Not made with the table: encoding needs System.Text.Encodings.Web's encoder, whose tables a process that only
    /// reads would otherwise build at start-up. Boxed so that the value is published whole to other threads.
    /// </remarks>
    internal JsonEncodedText EncodedName => (_encodedName ??= new(JsonEncodedText.Encode(Name))).Value;

    private StrongBox<JsonEncodedText>? _encodedName;

    internal JsonValueFormat Value { get; }

    internal bool Required { get; }

    internal string? Description { get; }

    /// <summary>
    /// Gets a value indicating whether <c>null</c> is read as the value's absence: true for an optional value, false
    /// for a required one or a list. A table that merges several objects' properties (the results') keeps it false
    /// for a property that some object requires, though the merged table cannot require it.
    /// </summary>
    internal bool NullIsAbsence { get; init; } = true;

    /// <summary>
    /// Gets the property whose value this one qualifies, such as an enrollment for its actuality: when that value is
    /// reported wrong, what the model says of this one is not said as well.
    /// </summary>
    internal JsonPropertyFormat? Qualifies { get; init; }

    /// <summary>Gets the property's position in its object's table, set when the table is made.</summary>
    internal int Index { get; set; } = -1;
}

/// <summary>A property of an object of the model of type <typeparamref name="TOwner"/>, which the writer writes from it.</summary>
internal abstract class JsonPropertyFormat<TOwner>(string name, JsonValueFormat value, bool required, string? description)
    : JsonPropertyFormat(name, value, required, description)
{
    /// <summary>Writes the property of an object, unless its value is absent (null, or an empty list).</summary>
    internal abstract void Write(Utf8JsonWriter writer, TOwner owner);
}

/// <summary>A property whose value, a <typeparamref name="TValue"/>, the writer gets from its object with a function.</summary>
internal sealed class JsonPropertyFormat<TOwner, TValue> : JsonPropertyFormat<TOwner>
{
    private readonly JsonValueFormat<TValue> _value;
    private readonly Func<TOwner, TValue> _get;

    internal JsonPropertyFormat(string name, JsonValueFormat<TValue> value, Func<TOwner, TValue> get, bool required = false, string? description = null)
        : base(name, value, required, description)
    {
        _value = value;
        _get = get;
    }

    internal override void Write(Utf8JsonWriter writer, TOwner owner)
    {
        var value = _get(owner);
        if (!_value.IsAbsent(value))
        {
            _value.WriteProperty(writer, EncodedName, value);
        }
    }
}

/// <summary>
/// One object of the format: the table of its properties that the reader, the writer and the JSON Schema all work
/// from, so a property's name, kind and whether it is required are stated once.
/// </summary>
internal class JsonObjectFormat
{
    /// <summary>The name of the property that says which kind of a family an object is.</summary>
    internal const string DiscriminatorName = "kind";

    /// <param name="description">The object as messages name it, with its article: "a study".</param>
    /// <param name="properties">The properties, in the order writers write them.</param>
    internal JsonObjectFormat(string description, params JsonPropertyFormat[] properties)
    {
        // The reader keeps which properties it has seen in one 64-bit mask.
        if (properties.Length > 64)
        {
            throw new InvalidOperationException($"{description} has more than 64 properties.");
        }

        Description = description;
        Properties = [.. properties];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i].Index = i;
            if (properties[i].Required)
            {
                RequiredMask |= 1UL << i;
            }
        }

    }

    internal string Description { get; }

    /// <summary>Gets, for one kind of a family of objects (the results), the <c>kind</c> value that names it.</summary>
    internal string? Discriminator { get; init; }

    internal ImmutableArray<JsonPropertyFormat> Properties { get; }

    internal ulong RequiredMask { get; }

    /// <summary>Gets what the object's schema says beyond its properties: a rule across them, which the reader checks too.</summary>
    internal Action<JsonObject>? RefineSchema { get; init; }

    /// <summary>Gets the property names as one list, for the message about an unknown property.</summary>
    /// <remarks>Made on first use: only a document with an unknown property needs it.</remarks>
    internal string ExpectedNames => field ??= string.Join(", ", Properties.Select(p => $"'{p.Name}'"));

    /// <summary>
    /// Finds the property named by the reader's current property name. Writers write properties in table order, so
    /// the search starts after the property read last and nearly always ends at its first step.
    /// </summary>
    internal JsonPropertyFormat? Find(ref Utf8JsonReader reader, int after)
    {
        var count = Properties.Length;
        for (var step = 1; step <= count; step++)
        {
            var property = Properties[(after + step) % count];
            if (reader.ValueTextEquals(property.Utf8Name))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Finds a property by its name; null when the object has none of that name.</summary>
    internal JsonPropertyFormat? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The JSON Schema of the object: every property, which are required, and nothing else.</summary>
    internal JsonObject Schema()
    {
        var properties = new JsonObject();
        if (Discriminator is not null)
        {
            properties[DiscriminatorName] = new JsonObject { ["const"] = Discriminator };
        }

        foreach (var property in Properties)
        {
            var schema = property.Required || property.Value.IsList ? property.Value.Schema() : property.Value.NullableSchema();
            if (property.Description is not null)
            {
                schema.Insert(0, "description", property.Description);
            }

            properties[property.Name] = schema;
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = Properties.Where(p => p.Required).Select(p => JsonValue.Create(p.Name)).ToArray();
        if (required.Length > 0 || Discriminator is not null)
        {
            result["required"] = Discriminator is null ? new JsonArray(required) : new JsonArray([JsonValue.Create(DiscriminatorName), .. required]);
        }

        result["additionalProperties"] = false;
        RefineSchema?.Invoke(result);
        return result;
    }
}

/// <summary>
/// An object of the format that is an object of the model of type <typeparamref name="T"/>, which the reader reads and the
/// writer writes by the table.
/// </summary>
internal sealed class JsonObjectFormat<T> : JsonObjectFormat
    where T : class
{
    // A plain array, never handed out: an ImmutableArray of each object's property type would bring some thirty
    // generic types per object into a NativeAOT image, and every one costs start-up time.
    private readonly JsonPropertyFormat<T>[] _properties;
    private readonly ObjectBuilder<T>? _build;

    /// <param name="description">The object as messages name it, with its article: "a study".</param>
    /// <param name="build">
    /// Builds the object from its properties' values, once each required one has a value; null for an object that is only
    /// written (a result's kind, read through the result's own table).
    /// </param>
    /// <param name="properties">The properties, in the order writers write them.</param>
    internal JsonObjectFormat(string description, ObjectBuilder<T>? build, params JsonPropertyFormat<T>[] properties)
        : base(description, properties) => (_properties, _build) = (properties, build);

    private ObjectBuilder<T> Build => _build ?? throw new InvalidOperationException($"{Description} is read through another table.");

    /// <summary>Reads an object at the reader's current token: null when it could not, problems saying why.</summary>
    internal T? Read(ref DocumentReader reader) => reader.ReadObject(this, Build);

    /// <summary>Reads an object as <see cref="Read(ref DocumentReader)"/> does, and gives one property's value even when the object fails.</summary>
    internal T? Read(ref DocumentReader reader, JsonPropertyFormat keep, out object? kept) => reader.ReadObject(this, Build, keep, out kept);

    /// <summary>
    /// Writes an object: its kind, if it is one of a family, then its properties in table order. A value the object
    /// does not have is left out: an optional value that is null, and a list that is empty.
    /// </summary>
    internal void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        if (Discriminator is not null)
        {
            writer.WriteString(DiscriminatorName, Discriminator);
        }

        foreach (var property in _properties)
        {
            property.Write(writer, value);
        }

        writer.WriteEndObject();
    }
}
