namespace TreatyExplainer.Diagnostics;

/// <summary>
/// Every diagnostic code the generator emits. Codes are stable: docs/diagnostics.md and the tests refer to them.
/// </summary>
public static class DiagnosticCodes
{
    public const string MissingFrontMatter = "TE001";
    public const string UnclosedFrontMatter = "TE002";
    public const string YamlSyntax = "TE003";
    public const string UnknownKey = "TE004";
    public const string WrongType = "TE005";
    public const string MissingKey = "TE006";
    public const string UnknownKind = "TE007";
    public const string BadDate = "TE008";
    public const string KeyNotForKind = "TE009";
    public const string BadId = "TE010";
    public const string DuplicateId = "TE011";
    public const string KindInWrongFolder = "TE012";
    public const string UnknownSource = "TE013";
    public const string DuplicateAlias = "TE014";
    public const string UnknownXref = "TE015";
    public const string UnsafeLink = "TE016";
    public const string InvalidUtf8 = "TE017";
    public const string BinaryFile = "TE018";
    public const string FileTooLarge = "TE019";
    public const string UnsafeSymlink = "TE020";
    public const string EmptyFile = "TE021";
    public const string UnknownLayout = "TE022";
    public const string BadValue = "TE024";
    public const string TooDeep = "TE025";
    public const string MissingHome = "TE026";
    public const string TemplateError = "TE030";
    public const string BrokenLink = "TE040";
    public const string BrokenFragment = "TE041";
    public const string DuplicateHtmlId = "TE042";
    public const string MissingTitle = "TE043";
    public const string HeadingCount = "TE044";
    public const string HtmlParseError = "TE045";
    public const string MissingLang = "TE046";
    public const string UnlinkedEntry = "TE060";
    public const string ShortBody = "TE061";
    public const string OutputNotReadable = "TE062";
    public const string OutputNotWritable = "TE063";
    public const string OutputDiskFull = "TE064";
    public const string YamlTooDeep = "TE070";
    public const string UnreadableFile = "TE071";
    public const string LinkLoop = "TE072";
    public const string NotARegularFile = "TE073";
    public const string IgnoredFileName = "TE074";
    public const string MarkdownTooCostly = "TE075";
    public const string BadAlias = "TE076";
    public const string ReservedRedirect = "TE077";
    public const string UnreadableNetlifyHeaders = "TE080";
    public const string PlaceholderText = "TE085";
    public const string StaleBaselineLine = "TE086";
    public const string UnknownCitation = "TE090";
    public const string PositionNotCited = "TE091";
    public const string UncitedQuotation = "TE092";
    public const string UncitedReference = "TE093";
    public const string UncitedParagraphs = "TE094";
    public const string StalePhrase = "TE095";
    public const string StaleReview = "TE096";
    public const string NotATreatyText = "TE100";
    public const string FigureAfterSource = "TE101";
    public const string NoBaseUrl = "TE140";
    public const string ShareImageFailed = "TE141";
}
