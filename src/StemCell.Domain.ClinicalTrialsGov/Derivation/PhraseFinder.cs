using System.Text.RegularExpressions;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Derivation;

/// <summary>A registry field's text and where it is in the record.</summary>
/// <param name="Path">The field's path in the record, such as <c>interventions[0].description</c>.</param>
/// <param name="Text">The field's text.</param>
internal sealed record TextField(string Path, string Text);

/// <summary>How a phrase found in a field bears on its term.</summary>
internal enum PhraseReading
{
    /// <summary>The phrase states the term.</summary>
    Stated,

    /// <summary>The clause denies it ("not adipose tissue", "sham-IT").</summary>
    Negated,

    /// <summary>It names what the cells were made from, not the cells given ("MSC-derived neural progenitors").</summary>
    Origin,

    /// <summary>It sits in a sentence about other work ("were shown in animal models").</summary>
    Background,
}

/// <summary>A phrase found in a field: the term, how it reads there, and the quote that shows it.</summary>
/// <param name="Term">The term the phrase names.</param>
/// <param name="Field">The field's path.</param>
/// <param name="Phrase">The matched words, exactly as written.</param>
/// <param name="Quote">The clause around them, exactly as written, short enough to read.</param>
/// <param name="Reading">How the phrase bears on the term.</param>
internal sealed record FoundPhrase(IVocabularyTerm Term, string Field, string Phrase, string Quote, PhraseReading Reading);

/// <summary>Finds the phrases of a set of rules in fields of text and reads each in its clause.</summary>
internal static class PhraseFinder
{
    private const int MaximumQuoteLength = 200;
    private static readonly Regex OriginAfter = new(@"^\s*-?\s*derived\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex OriginBefore = new(
        @"(?:\bderived\s*\(\s*|\bderived\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Finds every phrase of <paramref name="rules"/> in <paramref name="field"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="rules">The phrases to look for.</param>
    /// <param name="readOrigins">Whether a phrase followed by "-derived" names an origin rather than the thing itself (cell types).</param>
    /// <param name="readBackground">Whether sentences about other work are background (summaries).</param>
    /// <param name="readNegation">Whether a denying word before the phrase negates it (everything but outcome measures).</param>
    public static IEnumerable<FoundPhrase> Find(
        TextField field, IReadOnlyList<PhraseRule> rules, bool readOrigins = false, bool readBackground = false, bool readNegation = true)
    {
        var text = field.Text;
        var shouting = IsMostlyUpperCase(text);
        foreach (var rule in rules)
        {
            for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (shouting && rule.Pattern.Options.HasFlag(RegexOptions.IgnoreCase) is false)
                {
                    // In a field written in capitals, "IT" and "MS" are words, not abbreviations.
                    continue;
                }

                var sentence = SentenceAround(text, match.Index, match.Length);
                var reading = PhraseReading.Stated;
                if (readBackground && IsBackground(text, sentence))
                {
                    reading = PhraseReading.Background;
                }
                else if (readOrigins && IsOrigin(text, match))
                {
                    reading = PhraseReading.Origin;
                }
                else if (readNegation && IsNegated(text, sentence.Start, match.Index))
                {
                    reading = PhraseReading.Negated;
                }

                yield return new FoundPhrase(rule.Term, field.Path, match.Value, Quote(text, sentence, match.Index, match.Length), reading);
            }
        }
    }

    private static bool IsBackground(string text, (int Start, int Length) sentence)
    {
        if (PhraseRules.BackgroundCue.IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            return true;
        }

        // "…were shown to induce neuroprotection. These bone marrow derived MSCs offer …": the second sentence goes on
        // about the first one's cells.
        var previousEnd = sentence.Start - 1;
        while (previousEnd > 0 && char.IsWhiteSpace(text[previousEnd]))
        {
            previousEnd--;
        }

        return previousEnd > 0
            && PhraseRules.ContinuingSentence.IsMatch(text.AsSpan(sentence.Start, sentence.Length))
            && IsBackground(text, SentenceAround(text, previousEnd, 0));
    }

    private static bool IsOrigin(string text, Match match) =>
        OriginAfter.IsMatch(text.AsSpan(match.Index + match.Length))
        || OriginBefore.IsMatch(text.AsSpan(0, match.Index));

    private static bool IsNegated(string text, int sentenceStart, int matchStart)
    {
        // The negation reaches back over the clause only: "muscle and not adipose tissue" denies adipose tissue,
        // "not for patients with RRMS; intravenous MSC" does not deny the route.
        var before = text[sentenceStart..matchStart];
        var clauseStart = 0;
        foreach (Match clauseBreak in PhraseRules.ClauseBreak.Matches(before))
        {
            // A break such as "and" that the cue itself follows ("and not adipose") still ends the earlier clause.
            clauseStart = clauseBreak.Index + clauseBreak.Length;
        }

        return PhraseRules.NegationCue.IsMatch(before.AsSpan(clauseStart));
    }

    private static (int Start, int Length) SentenceAround(string text, int index, int length)
    {
        var start = index;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = index + length;
        while (end < text.Length && !IsSentenceEnd(text, end))
        {
            end++;
        }

        return (start, end - start);
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] switch
        {
            '\n' or '!' or '?' or ';' => true,
            // A full stop ends a sentence when a space or the end follows it; "1.5cm" and "i.v." go on.
            '.' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
            _ => false,
        };

    private static string Quote(string text, (int Start, int Length) sentence, int index, int length)
    {
        var start = sentence.Start;
        var end = sentence.Start + sentence.Length;
        if (end - start > MaximumQuoteLength)
        {
            // Keep the words around the phrase, cut at spaces, so the quote is still an exact passage of the field.
            var room = Math.Max(0, (MaximumQuoteLength - length) / 2);
            start = Math.Max(start, index - room);
            end = Math.Min(end, index + length + room);
            while (start > sentence.Start && start < index && !char.IsWhiteSpace(text[start - 1]))
            {
                start++;
            }

            while (end < sentence.Start + sentence.Length && end > index + length && !char.IsWhiteSpace(text[end]))
            {
                end--;
            }
        }

        return text[start..end].Trim();
    }

    private static bool IsMostlyUpperCase(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return upper > 8 && upper > lower * 2;
    }
}
