using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>Reads one value at the reader's current token; null when it could not, a problem saying why.</summary>
internal delegate T? ValueReader<T>(ref DocumentReader reader);

/// <summary>
/// Builds an object of the model from its properties' values, each required one having a value, and reports to
/// <paramref name="problems"/> what the model finds wrong; null when it could not.
/// </summary>
internal delegate T? ObjectBuilder<T>(ref DocumentReader reader, ProblemCollector problems, PropertyValues values);

/// <summary>The values read of one object's properties, a slot a property of its table: null for a value absent or wrong.</summary>
internal readonly struct PropertyValues(object?[] slots, int start, ulong seen)
{
    /// <summary>Gets which properties the object gives, as bits by their index in its table, with a wrong or null value too.</summary>
    internal ulong Seen => seen;

    /// <summary>Gets the value of a property, boxed where it is a struct.</summary>
    internal object? this[JsonPropertyFormat property] => slots[start + property.Index];

    /// <summary>Gets the value of a property that is not a list.</summary>
    internal TValue? Get<TOwner, TValue>(JsonPropertyFormat<TOwner, TValue> property) => (TValue?)this[property];

    /// <summary>Gets the value of a list property, null when the object does not give it.</summary>
    internal IEnumerable<TItem>? List<TOwner, TItem>(JsonPropertyFormat<TOwner, ImmutableArray<TItem>> property) =>
        (IEnumerable<TItem>?)this[property];

    /// <summary>Whether each property whose bit is set has a value.</summary>
    internal bool HasValues(ulong properties)
    {
        for (var rest = properties; rest != 0; rest &= rest - 1)
        {
            if (slots[start + BitOperations.TrailingZeroCount(rest)] is null)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Where a reader is within one object: the object's table, which properties it has seen, the property it is in.</summary>
internal struct ObjectReading(JsonObjectFormat format)
{
    internal readonly JsonObjectFormat Format = format;
    internal ulong Seen;

    // The properties whose values were wrong, so what the model says of them missing is not said as well.
    internal ulong Failed;
    internal int Last = -1;
    internal bool InProperty;
    internal int ProblemsBeforeProperty;
}

/// <summary>
/// The single-pass reader of the document: a <see cref="Utf8JsonReader"/> that the per-object readers drive token by
/// token, building the model as they go. A value that is wrong becomes a problem at its path, line and position, and
/// reading goes on, so a document's problems are all found in one pass; only malformed JSON stops it, as a JSON
/// reader cannot know what follows.
/// </summary>
/// <remarks>
/// Each value reader starts on the value's first token and ends on its last; <see cref="NextProperty"/> moves to the
/// next property's value. The problems' paths come from the collector, which the readers move into each property and
/// element as they read it.
/// </remarks>
internal ref struct DocumentReader
{
    // Codes and synonyms are short; a longer text cannot be one and is read as a string only to report it.
    private const int MaxStackTextLength = 128;

    private readonly ReadOnlySpan<byte> _utf8Json;
    private readonly bool _lenient;
    private readonly bool _skipUnknownProperties;
    private Utf8JsonReader _json;
    private TextPool? _texts;

    // Lines are counted only when a problem needs one, from the last place counted, as problems come in document order.
    private object?[] _scratch = [];
    private int _scratchCount;
    private readonly long _firstLine;
    private readonly long _firstLineStart;
    private long _countedTo;
    private long _line;
    private long _lineStart;

    /// <param name="json">The JSON reader, on the token before the value to read.</param>
    /// <param name="utf8Json">
    /// The bytes <paramref name="json"/> reads, for the lines and positions of problems; empty when they are not known
    /// (a value read inside a caller's own document), and problems then have paths only.
    /// </param>
    /// <param name="problems">Where problems go, at their paths.</param>
    /// <param name="options">How strictly to read.</param>
    /// <param name="line">The zero-based line on which <paramref name="utf8Json"/> starts.</param>
    /// <param name="lineStart">The offset from the start of <paramref name="utf8Json"/> of that line's first byte: zero or negative.</param>
    /// <param name="texts">The short texts read so far, when a read goes on from another reader's (a streamed study's).</param>
    internal DocumentReader(
        Utf8JsonReader json,
        ReadOnlySpan<byte> utf8Json,
        ProblemCollector problems,
        StemCellJsonReaderOptions options,
        long line = 0,
        long lineStart = 0,
        TextPool? texts = null)
    {
        _texts = texts;
        _json = json;
        _utf8Json = utf8Json;
        (_firstLine, _firstLineStart) = (line, lineStart);
        (_line, _lineStart) = (line, lineStart);
        Problems = problems;
        _lenient = options.AcceptsCodeSynonyms;
        _skipUnknownProperties = options.SkipUnknownProperties;
    }

    internal readonly ProblemCollector Problems { get; }

    /// <summary>Gets the JSON reader, where reading has got to.</summary>
    internal readonly Utf8JsonReader Json => _json;

    /// <summary>Gets the line and position of the first problem, when it has one: the exception's own line and position.</summary>
    internal (long Line, long Position)? FirstLocation { get; private set; }

    /// <summary>Moves to the next token. Malformed JSON throws <see cref="JsonException"/>, which ends the read.</summary>
    internal bool Read() => _json.Read();

    /// <summary>Skips the value at the current token (all of it, for an object or array).</summary>
    internal void Skip()
    {
        // The value is always whole in the buffer (a streamed study is buffered whole before it is read).
        if (!_json.TrySkip())
        {
            throw new InvalidOperationException("A value to skip is not whole in the buffer.");
        }
    }

    /// <summary>Adds a problem at the current token, with its line and position.</summary>
    internal void Problem(string message)
    {
        if (_utf8Json.IsEmpty)
        {
            Problems.Add(string.Empty, message);
            return;
        }

        var (line, position) = Locate(_json.TokenStartIndex);
        if (Problems.IsEmpty)
        {
            FirstLocation = (line, position);
        }

        Problems.Add(string.Empty, string.Create(CultureInfo.InvariantCulture, $"{message} (line {line + 1}, position {position + 1})"));
    }

    /// <summary>Adds a problem about the JSON kind of the current token, and skips its value.</summary>
    internal void WrongKind(string expected)
    {
        Problem($"Expected {expected}, but found {TokenText(_json.TokenType)}.");
        Skip();
    }

    /// <summary>Adds a problem of malformed JSON, located where the JSON reader stopped.</summary>
    internal void Malformed(JsonException error)
    {
        // The JSON reader's own message says what is wrong; the location it appends is stated in this format's way.
        var message = error.Message;
        var location = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = location < 0 ? message : message[..location];
        // JSON that cannot be read is the one problem: the user fixes it first, and what was found before it may be
        // only its echo (an unknown property reported before skipping it met the malformed part).
        var (line, position) = (error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
        Problems.Clear();
        FirstLocation = (line, position);

        Problems.Add(string.Empty, string.Create(CultureInfo.InvariantCulture, $"The JSON is malformed: {message} (line {line + 1}, position {position + 1})"));
    }

    /// <summary>Adds the problem of a string that is not text (invalid UTF-8, an unpaired surrogate), which ends the read as malformed JSON does.</summary>
    internal void NotText(InvalidOperationException error)
    {
        Problems.Clear();
        Problem(NotTextMessage(error));
    }

    /// <summary>Words for a JSON token in problems ("expected a string, but found a number"), for every reader.</summary>
    internal static string TokenText(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };

    /// <summary>The problem of <c>null</c> as a property's value, for every reader that meets one; null when it is the value's absence.</summary>
    internal static string? NullProblem(JsonPropertyFormat property) =>
        property.Value.IsList ? $"Expected a JSON array for '{property.Name}', but found null; leave out a list that is empty."
        : property.Required || !property.NullIsAbsence ? $"Expected a value for '{property.Name}', but found null."
        : null;

    /// <summary>The problem of a string that is not text, for every reader that meets one.</summary>
    internal static string NotTextMessage(InvalidOperationException error) => $"The JSON has a string that is not valid text: {error.Message}";

    /// <summary>
    /// Starts reading an object at the current token: a problem and false when the token is not the start of an object.
    /// </summary>
    internal bool StartObject(JsonObjectFormat format, out ObjectReading reading)
    {
        reading = new ObjectReading(format);
        if (_json.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongKind($"{format.Description} as a JSON object");
        return false;
    }

    /// <summary>
    /// Moves to the value of the object's next property and returns the property, or returns null at the end of the
    /// object, having reported each required property that is missing. Unknown and repeated properties, and
    /// <c>null</c> for a list or a required value, are reported and passed over (an unknown property is passed over
    /// silently when reading leniently); <c>null</c> for an optional value is the value's absence.
    /// </summary>
    internal JsonPropertyFormat? NextProperty(ref ObjectReading reading)
    {
        if (reading.InProperty)
        {
            Problems.Leave();
            reading.InProperty = false;
            if (Problems.Count > reading.ProblemsBeforeProperty)
            {
                reading.Failed |= 1UL << reading.Last;
            }
        }

        while (_json.Read() && _json.TokenType == JsonTokenType.PropertyName)
        {
            var property = reading.Format.Find(ref _json, reading.Last);
            if (property is null)
            {
                var name = _json.GetString()!;
                if (!_skipUnknownProperties)
                {
                    Problems.Enter(name);
                    Problem($"The property '{name}' is not part of {reading.Format.Description}. Expected one of: {reading.Format.ExpectedNames}.");
                    Problems.Leave();
                }

                _json.Read();
                Skip();
                continue;
            }

            Problems.Enter(property.Name);
            var bit = 1UL << property.Index;
            if ((reading.Seen & bit) != 0)
            {
                Problem($"The property '{property.Name}' appears more than once in {reading.Format.Description}.");
                _json.Read();
                Skip();
                Problems.Leave();
                continue;
            }

            reading.Seen |= bit;
            reading.Last = property.Index;
            _json.Read();
            if (_json.TokenType == JsonTokenType.Null)
            {
                if (NullProblem(property) is { } problem)
                {
                    reading.Failed |= bit;
                    Problem(problem);
                }

                Problems.Leave();
                continue;
            }

            reading.InProperty = true;
            reading.ProblemsBeforeProperty = Problems.Count;
            return property;
        }

        // The end of the object: what is still unseen of what is required is missing.
        var missing = reading.Format.RequiredMask & ~reading.Seen;
        foreach (var property in reading.Format.Properties)
        {
            if ((missing & (1UL << property.Index)) != 0)
            {
                Problem($"{Capitalized(reading.Format.Description)} needs the property '{property.Name}', which is missing.");
            }
        }

        return null;
    }

    /// <summary>
    /// Reads an object by its table: each property's value by its format, then, when every required property has a
    /// value, the object built from them. Null when it could not, problems saying why.
    /// </summary>
    internal T? ReadObject<T>(JsonObjectFormat format, ObjectBuilder<T> build)
        where T : class => ReadObject(format, build, keep: null, out _);

    /// <summary>
    /// Reads an object as <see cref="ReadObject{T}(JsonObjectFormat, ObjectBuilder{T})"/> does, and gives the value of
    /// the property <paramref name="keep"/> even when the object itself fails.
    /// </summary>
    internal T? ReadObject<T>(JsonObjectFormat format, ObjectBuilder<T> build, JsonPropertyFormat? keep, out object? kept)
        where T : class
    {
        kept = null;
        if (!StartObject(format, out var reading))
        {
            return null;
        }

        // The values go on the scratch stack, a slot a property, below what their own lists push and pop above them.
        var start = _scratchCount;
        var count = format.Properties.Length;
        if (start + count > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(16, Math.Max(start + count, _scratch.Length * 2)));
        }

        _scratchCount += count;
        while (NextProperty(ref reading) is { } property)
        {
            // Read before the store: reading may grow the scratch array.
            var value = property.Value.ReadValue(ref this);
            _scratch[start + property.Index] = value;
        }

        var values = new PropertyValues(_scratch, start, reading.Seen);
        var built = values.HasValues(format.RequiredMask) ? Built(build(ref this, Building(ref reading), values)) : null;
        kept = keep is null ? null : values[keep];
        Array.Clear(_scratch, start, count);
        _scratchCount = start;
        return built;
    }

    /// <summary>
    /// The collector to build the object read with: what the model would say of a property whose value was reported
    /// wrong (now missing) is left out until <see cref="Built"/>.
    /// </summary>
    private readonly ProblemCollector Building(ref ObjectReading reading)
    {
        if (reading.Failed == 0)
        {
            return Problems;
        }

        // A property that qualifies a value that failed (an actuality its value) is silenced with it: what the model says of
        // the one without the other would report the same mistake twice.
        var failed = new List<string>();
        foreach (var property in reading.Format.Properties)
        {
            if ((reading.Failed & (1UL << property.Index)) != 0
                || (property.Qualifies is { } qualified && (reading.Failed & (1UL << qualified.Index)) != 0))
            {
                failed.Add(property.Name);
            }
        }

        return Problems.Suppress(failed);
    }

    /// <summary>Ends what <see cref="Building"/> began, returning the object built.</summary>
    private readonly T? Built<T>(T? value)
        where T : class
    {
        Problems.Unsuppress();
        return value;
    }

    /// <summary>Reads a JSON string.</summary>
    internal string? ReadString()
    {
        if (_json.TokenType != JsonTokenType.String)
        {
            WrongKind("a JSON string");
            return null;
        }

        // A short text is likely a repeat (see TextPool). A UTF-8 byte count bounds the characters it decodes to.
        if ((_json.HasValueSequence ? _json.ValueSequence.Length : _json.ValueSpan.Length) > TextPool.MaxLength)
        {
            return _json.GetString();
        }

        Span<char> buffer = stackalloc char[TextPool.MaxLength];
        return (_texts ??= new()).Get(buffer[.._json.CopyString(buffer)]);
    }

    /// <summary>Reads a whole number a 32-bit integer holds.</summary>
    internal int? ReadInt32()
    {
        if (_json.TokenType == JsonTokenType.Number && _json.TryGetInt32(out var value))
        {
            return value;
        }

        // A whole number written with a fraction or an exponent (2.0, 2e0) is that number, as JSON Schema's "integer" says;
        // read exactly, so that a fraction too fine for a decimal (115.00000000000000000000000001) is not rounded away.
        if (_json.TokenType == JsonTokenType.Number && TryGetExactDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        var found = _json.TokenType == JsonTokenType.Number ? "a number out of its range or with a fraction" : TokenText(_json.TokenType);
        Problem($"Expected a whole number from {int.MinValue} to {int.MaxValue}, but found {found}.");
        Skip();
        return null;
    }

    /// <summary>Reads a number a <see cref="decimal"/> holds.</summary>
    internal decimal? ReadDecimal()
    {
        if (_json.TokenType == JsonTokenType.Number && TryGetExactDecimal(out var value))
        {
            return value;
        }

        Problem(_json.TokenType != JsonTokenType.Number ? $"Expected a JSON number, but found {TokenText(_json.TokenType)}."
            : _json.TryGetDecimal(out _) ? $"Expected a JSON number a decimal holds exactly (at most 28 significant digits, none finer than 1E-28), but found {NumberText()}, which it would round."
            : "Expected a JSON number within about ±7.9E+28, but found a number out of that range.");
        Skip();
        return null;
    }

    /// <summary>
    /// Reads the number token as a decimal when the decimal keeps every digit the text gives: a number with more
    /// significant digits than a decimal holds, or a digit finer than its 28 decimal places, is not read rather than
    /// silently rounded.
    /// </summary>
    private readonly bool TryGetExactDecimal(out decimal value)
    {
        if (!_json.TryGetDecimal(out value))
        {
            return false;
        }

        // Fifteen characters without an exponent hold at most fifteen digits and fourteen places: always exact.
        var text = _json.HasValueSequence ? default : _json.ValueSpan;
        if (!_json.HasValueSequence && text.Length <= 15 && text.IndexOfAny((byte)'e', (byte)'E') < 0)
        {
            return true;
        }

        return DecimalDigits(NumberText()) == DecimalDigits(value.ToString(CultureInfo.InvariantCulture));
    }

    private readonly string NumberText() => _json.HasValueSequence ? Encoding.UTF8.GetString(_json.ValueSequence) : Encoding.UTF8.GetString(_json.ValueSpan);

    /// <summary>
    /// A number's value as its sign, its significant digits and the power of ten of the last (<c>-1.250e2</c> is
    /// <c>("-", "125", 0)</c>), so that two spellings of one value compare equal.
    /// </summary>
    private static (bool Negative, string Digits, long Exponent) DecimalDigits(string number)
    {
        var negative = number.StartsWith('-');
        var mantissaEnd = number.IndexOfAny(['e', 'E']);
        var mantissa = (mantissaEnd < 0 ? number : number[..mantissaEnd]).TrimStart('-', '+');
        var exponent = 0L;
        if (mantissaEnd >= 0 && !long.TryParse(number.AsSpan(mantissaEnd + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            // Beyond a long: no decimal comes near it, unless its digits are all zeros, which the end treats as zero.
            exponent = number[mantissaEnd + 1] == '-' ? long.MinValue / 4 : long.MaxValue / 4;
        }

        var point = mantissa.IndexOf('.');
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
            mantissa = mantissa.Remove(point, 1);
        }

        var digits = mantissa.TrimStart('0');
        var significant = digits.TrimEnd('0');
        return significant.Length == 0 ? (false, "0", 0) : (negative, significant, exponent + digits.Length - significant.Length);
    }

    /// <summary>
    /// Reads a vocabulary code: the code exactly, or when reading leniently also a documented synonym or another
    /// letter case.
    /// </summary>
    internal TTerm? ReadTerm<TTerm>()
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        if (_json.TokenType != JsonTokenType.String)
        {
            WrongKind($"a {TTerm.VocabularyName} code as a JSON string");
            return null;
        }

        // Strict takes the code exactly, in one ordinal lookup; lenient also a synonym or another letter case. A long
        // text (a code written with escapes, or no code at all) is read as a string.
        Span<char> buffer = stackalloc char[MaxStackTextLength];
        var length = _json.HasValueSequence ? _json.ValueSequence.Length : _json.ValueSpan.Length;
        ReadOnlySpan<char> text = length <= MaxStackTextLength ? buffer[.._json.CopyString(buffer)] : _json.GetString();
        if (_lenient ? VocabularyTerm<TTerm>.TryFromCode(text, out var term) : VocabularyTerm<TTerm>.TryFromExactCode(text, out term))
        {
            return term;
        }

        var code = text.ToString();
        Problem(VocabularyTerm<TTerm>.TryFromCode(code, out var named)
            ? NotTheCode(code, named)
            : VocabularyTerm<TTerm>.UnknownCodeMessage(code, synonymsAccepted: _lenient));
        return null;
    }

    /// <summary>Finds a term named by a vocabulary's name and a code (a claim's, an evidence's), or reports why not.</summary>
    internal IVocabularyTerm? FindTerm(string vocabularyName, string code, string vocabularyProperty, string codeProperty)
    {
        if (!Vocabularies.TryFind(vocabularyName, out var vocabulary) || (!_lenient && vocabulary.Name != vocabularyName))
        {
            Problems.Add(
                vocabularyProperty,
                $"'{vocabularyName}' is not a vocabulary. Expected one of: {string.Join(", ", Vocabularies.All.Select(v => v.Name))}.");
            return null;
        }

        // A strict read takes the code exactly, by an ordinal lookup; the lookup by any case and synonym below is for saying
        // what is wrong with a code that is not exactly one, or for a lenient read.
        if (!_lenient && vocabulary.TryFindExactCode(code, out var exact))
        {
            return exact;
        }

        if (!vocabulary.TryFind(code, out var term))
        {
            Problems.Add(codeProperty, vocabulary.UnknownCodeMessage(code, synonymsAccepted: _lenient));
            return null;
        }

        if (!_lenient && term.Code != code)
        {
            Problems.Add(codeProperty, NotTheCode(code, term));
            return null;
        }

        return term;
    }

    /// <summary>Reads one of a fixed set of texts (a locator's kind, a population's), returning its index.</summary>
    internal int? ReadChoice(JsonChoiceFormat format)
    {
        if (_json.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < format.Codes.Length; i++)
            {
                if (_json.ValueTextEquals(format.Codes[i]))
                {
                    return i;
                }
            }
        }

        var found = _json.TokenType == JsonTokenType.String ? $"'{_json.GetString()}'" : TokenText(_json.TokenType);
        Problem($"Expected {format.What}, {string.Join(" or ", format.Codes.Select(c => $"'{c}'"))}, but found {found}.");
        Skip();
        return null;
    }

    /// <summary>Reads a partial date (<c>2023</c>, <c>2023-05</c>, <c>2023-05-14</c>).</summary>
    internal PartialDate? ReadPartialDate()
    {
        if (_json.TokenType != JsonTokenType.String)
        {
            WrongKind($"a partial date as a JSON string ({PartialDate.ExpectedFormat})");
            return null;
        }

        // Read in place: a date is short, and one that is not cannot be a partial date.
        Span<char> buffer = stackalloc char[MaxStackTextLength];
        var length = _json.HasValueSequence ? _json.ValueSequence.Length : _json.ValueSpan.Length;
        if (length <= MaxStackTextLength && PartialDate.TryParse(buffer[.._json.CopyString(buffer)], out var date))
        {
            return date;
        }

        Problem(PartialDate.ParseErrorMessage(_json.GetString()));
        return null;
    }

    /// <summary>Reads an ISO-8601 duration.</summary>
    internal Period? ReadPeriod()
    {
        const string Expected = "an ISO-8601 duration such as 'P3Y' or 'P6M'";
        if (_json.TokenType != JsonTokenType.String)
        {
            WrongKind($"{Expected} as a JSON string");
            return null;
        }

        if (PeriodJsonConverter.TryReadCommon(ref _json, out var common))
        {
            return common;
        }

        var text = _json.GetString()!;
        if (PeriodJsonConverter.TryParse(PeriodPattern.Roundtrip, text, out var period))
        {
            return period;
        }

        Problem($"Expected {Expected}, but found '{text}'.");
        return null;
    }

    /// <summary>
    /// Reads an array, each element with <paramref name="read"/> at its own index; elements that fail are reported and
    /// left out. Null when the value is not an array.
    /// </summary>
    internal ImmutableArray<T>? ReadList<T>(ValueReader<T> read)
        where T : class
    {
        if (_json.TokenType != JsonTokenType.StartArray)
        {
            WrongKind("a JSON array");
            return null;
        }

        // The elements go on one scratch stack shared by every list being read (a list's elements are read, and nested
        // lists pushed and popped above them, before the list ends), so a list costs one array of its exact length.
        var start = _scratchCount;
        for (var index = 0; _json.Read() && _json.TokenType != JsonTokenType.EndArray; index++)
        {
            Problems.EnterElement(index);
            if (read(ref this) is { } item)
            {
                if (_scratchCount == _scratch.Length)
                {
                    Array.Resize(ref _scratch, Math.Max(16, _scratch.Length * 2));
                }

                _scratch[_scratchCount++] = item;
            }

            Problems.Leave();
        }

        var count = _scratchCount - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        Array.Copy(_scratch, start, items, 0, count);
        Array.Clear(_scratch, start, count);
        _scratchCount = start;
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>The problem of a text that names a term (a synonym, another letter case) where the code itself is required.</summary>
    internal static string NotTheCode(string text, IVocabularyTerm term) =>
        $"'{text}' names the {term.VocabularyName} code '{term.Code}' but is not the code itself; a document gives the code exactly "
        + "(a reader in lenient mode also accepts synonyms and any letter case).";

    private static string Capitalized(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    /// <summary>The zero-based line and byte position in it of an offset into the bytes read.</summary>
    private (long Line, long Position) Locate(long offset)
    {
        if (offset < _countedTo)
        {
            // A problem before the last one counted (a list's, reported after its elements): count again from the start.
            (_countedTo, _line, _lineStart) = (0, _firstLine, _firstLineStart);
        }

        var span = _utf8Json[(int)_countedTo..(int)offset];
        var newlines = span.Count((byte)'\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _countedTo + span.LastIndexOf((byte)'\n') + 1;
        }

        _countedTo = offset;
        return (_line, offset - _lineStart);
    }
}
