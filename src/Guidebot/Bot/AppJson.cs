using System.Text.Json.Serialization;
using Guidebot.Bot.Actions;
using Guidebot.Features.Assessment;
using Guidebot.Features.Browse;
using Guidebot.Features.Checklists;
using Guidebot.Features.Feedback;
using Guidebot.Features.Lookups;
using Guidebot.Features.MyQuestions;
using Guidebot.Features.Onboarding;
using Guidebot.Features.Reminders;
using Guidebot.Features.Search;
using Guidebot.Features.Sharing;
using Guidebot.Features.Teams;
using Guidebot.Features.Walkthroughs;
using Guidebot.Hosting;

namespace Guidebot.Bot;

/// <summary>The app's one source-generated JSON context: card button data, state it keeps, Teams invoke payloads and the chat page's requests.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OpenAreaAction))]
[JsonSerializable(typeof(OpenItemAction))]
[JsonSerializable(typeof(SearchAction))]
[JsonSerializable(typeof(StartWalkthroughAction))]
[JsonSerializable(typeof(ShowChecklistsAction))]
[JsonSerializable(typeof(OpenChecklistAction))]
[JsonSerializable(typeof(SaveChecklistAction))]
[JsonSerializable(typeof(ResetChecklistAction))]
[JsonSerializable(typeof(OpenLookupAction))]
[JsonSerializable(typeof(OpenLookupListAction))]
[JsonSerializable(typeof(OpenLookupEntryAction))]
[JsonSerializable(typeof(OpenModuleAction))]
[JsonSerializable(typeof(OpenModuleCardAction))]
[JsonSerializable(typeof(AnswerQuestionAction))]
[JsonSerializable(typeof(ShowModuleResultAction))]
[JsonSerializable(typeof(RateFieldAction))]
[JsonSerializable(typeof(ChooseLevelAction))]
[JsonSerializable(typeof(CreateReminderAction))]
[JsonSerializable(typeof(CancelReminderAction))]
[JsonSerializable(typeof(DeleteReminderAction))]
[JsonSerializable(typeof(PostponeReminderAction))]
[JsonSerializable(typeof(CopyItemAction))]
[JsonSerializable(typeof(ShareItemAction))]
[JsonSerializable(typeof(CopyChecklistAction))]
[JsonSerializable(typeof(ShareChecklistAction))]
[JsonSerializable(typeof(PickQuestionsAction))]
[JsonSerializable(typeof(SaveQuestionsAction))]
[JsonSerializable(typeof(RemoveQuestionAction))]
[JsonSerializable(typeof(ClearQuestionsAction))]
[JsonSerializable(typeof(CopyQuestionsAction))]
[JsonSerializable(typeof(RateItemAction))]
[JsonSerializable(typeof(CommentOnItemAction))]
[JsonSerializable(typeof(ItemDay))]
[JsonSerializable(typeof(MissDay))]
[JsonSerializable(typeof(DayIndex))]
[JsonSerializable(typeof(PruneMark))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(WalkthroughPosition))]
[JsonSerializable(typeof(ChecklistProgress))]
[JsonSerializable(typeof(OnboardingProgress))]
[JsonSerializable(typeof(SelfAssessmentRatings))]
[JsonSerializable(typeof(ReminderBook))]
[JsonSerializable(typeof(ReminderSchedule))]
[JsonSerializable(typeof(SavedQuestions))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(MessageExtensionQuery))]
[JsonSerializable(typeof(SelectedResult))]
[JsonSerializable(typeof(MessageExtensionResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(DevChatStart))]
[JsonSerializable(typeof(DevChatMessage))]
internal sealed partial class AppJson : JsonSerializerContext;
