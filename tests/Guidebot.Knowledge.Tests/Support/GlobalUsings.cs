global using Guidebot.Knowledge.Content;
global using Guidebot.Knowledge.Tests.Support;
