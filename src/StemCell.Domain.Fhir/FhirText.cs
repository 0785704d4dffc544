namespace StemCell.Domain.Fhir;

/// <summary>Text as an R4 string may hold it: R4's string regex admits no control character but tab, carriage return and line feed.</summary>
internal static class FhirText
{
    internal static string Clean(string text)
    {
        if (!text.Any(IsDisallowed))
        {
            return text;
        }

        return string.Concat(text.Where(c => !IsDisallowed(c)));
    }

    private static bool IsDisallowed(char c) => c < '\u0020' && c is not ('\t' or '\r' or '\n');
}
