<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisProvenance</name>
    <message>
        <source>Not a validated clinical model: the package says it is validated, but %1</source>
        <translation>并非经验证的临床模型：模型包声称已通过验证，但 %1</translation>
    </message>
    <message>
        <source>Package: %1 %2, sha256 %3</source>
        <translation>模型包：%1 %2，sha256 %3</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>数字签名：%1</translation>
    </message>
    <message>
        <source>Run on %1 at %2 UTC</source>
        <translation>于 %2 UTC 在 %1 上运行</translation>
    </message>
    <message>
        <source>Slide: %1 (%2 × %3 px, %4 bytes, modified %5)</source>
        <translation>切片：%1（%2 × %3 px，%4 字节，修改于 %5）</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>Measurement</name>
    <message>
        <source>no voxel centre inside</source>
        <translation>范围内没有体素中心</translation>
    </message>
    <message>
        <source>mean %1  sd %2
min %3  max %4
area %5 (%6 px)</source>
        <translation>平均值 %1  标准差 %2
最小值 %3  最大值 %4
面积 %5（%6 px）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Writing the demo MRI study (DICOM)</source>
        <translation>正在写入演示 MRI 检查 (DICOM)</translation>
    </message>
    <message>
        <source>Writing the demo slide (40000 × 30000 pyramidal TIFF)</source>
        <translation>正在写入演示切片（40000 × 30000 金字塔 TIFF）</translation>
    </message>
    <message>
        <source>Training the demo MRI model on synthetic phantoms</source>
        <translation>正在使用合成体模训练演示 MRI 模型</translation>
    </message>
    <message>
        <source>Breast MRI classifier</source>
        <translation>乳腺 MRI 分类器</translation>
    </message>
    <message>
        <source>Malignancy (probability)</source>
        <translation>恶性（概率）</translation>
    </message>
    <message>
        <source>Response to neoadjuvant chemotherapy (pCR probability)</source>
        <translation>新辅助化疗反应（pCR 概率）</translation>
    </message>
    <message>
        <source>Scanning %1 of %2 files</source>
        <translation>正在扫描 %1/%2 个文件</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Training the demo chat model (a toy, not MedDr)</source>
        <translation>正在训练演示对话模型（仅作演示，并非 MedDr）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>µm per pixel</source>
        <translation>每像素 µm</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>物镜倍率</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Cannot display: %1</source>
        <translation>无法显示：%1</translation>
    </message>
    <message>
        <source>Slide classifier</source>
        <translation>切片分类器</translation>
    </message>
    <message>
        <source>Left breast: %1</source>
        <translation>左乳：%1</translation>
    </message>
    <message>
        <source>Right breast: %1</source>
        <translation>右乳：%1</translation>
    </message>
    <message>
        <source>No pCR estimate: the model finds no cancer in this study.</source>
        <translation>没有 pCR 估计：模型在此检查中未发现癌症。</translation>
    </message>
    <message>
        <source>no pCR estimate, as the model finds no cancer in this breast.</source>
        <translation>没有 pCR 估计，因为模型在此乳房中未发现癌症。</translation>
    </message>
    <message>
        <source>not in the file: sizes are shown in pixels</source>
        <translation>文件未提供：尺寸以像素显示</translation>
    </message>
    <message>
        <source>Training the demo slide models on synthetic tissue</source>
        <translation>正在用合成组织训练示例切片模型</translation>
    </message>
</context>
<context>
    <name>VolumePreset</name>
    <message>
        <source>MR default</source>
        <translation>MR 默认</translation>
    </message>
    <message>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <source>DCE subtraction</source>
        <translation>DCE 减影</translation>
    </message>
    <message>
        <source>T2 soft tissue</source>
        <translation>T2 软组织</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OncoView diagnostic workstation (research use)</source>
        <translation>OncoView 诊断工作站（研究用途）</translation>
    </message>
    <message>
        <source>Open the built-in demo study and slide.</source>
        <translation>打开内置的演示检查和切片。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once every view has rendered, then exit.</source>
        <translation>所有视图渲染完成后保存窗口的 PNG 并退出。</translation>
    </message>
    <message>
        <source>Where the demo data lives (generated on first use).</source>
        <translation>演示数据的位置（首次使用时生成）。</translation>
    </message>
    <message>
        <source>Seconds to wait for rendering before giving up.</source>
        <translation>放弃前等待渲染的秒数。</translation>
    </message>
    <message>
        <source>DICOM folders, NIfTI files or slides.</source>
        <translation>DICOM 文件夹、NIfTI 文件或切片。</translation>
    </message>
    <message>
        <source>MRI layout at start: mpr (linked MPR + 3D) or dce (breast DCE reading).</source>
        <translation>启动时的 MRI 布局：mpr（联动 MPR + 3D）或 dce（乳腺 DCE 阅片）。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat</name>
    <message>
        <source>No server address is set.</source>
        <translation>尚未设置服务器地址。</translation>
    </message>
    <message>
        <source>"%1" is not an http:// or https:// server address.</source>
        <translation>“%1”不是 http:// 或 https:// 服务器地址。</translation>
    </message>
    <message>
        <source>No valid server address is set.</source>
        <translation>尚未设置有效的服务器地址。</translation>
    </message>
    <message>
        <source>Refusing to send to %1 over plain http://: the image and the API key would travel unencrypted. Use https://, a server on this computer, or allow unencrypted remote servers in the chat settings.</source>
        <translation>拒绝通过未加密的 http:// 发送到 %1：图像和 API 密钥将以未加密方式传输。请使用 https://、本机上的服务器，或在对话设置中允许未加密的远程服务器。</translation>
    </message>
    <message>
        <source>The server at %1 rejected the API key (HTTP %2). Set the key in the chat settings. Server said: %3</source>
        <translation>%1 的服务器拒绝了 API 密钥（HTTP %2）。请在对话设置中设置密钥。服务器返回：%3</translation>
    </message>
    <message>
        <source>The request is too large for the server at %1 (HTTP 413): the image or the conversation exceeds its upload limit. Start a new conversation or raise the server's limit. Server said: %2</source>
        <translation>请求对 %1 的服务器而言过大（HTTP 413）：图像或对话超出其上传上限。请开始新对话或提高服务器的上限。服务器返回：%2</translation>
    </message>
    <message>
        <source>The server at %1 does not serve a model named "%2". Check the model name in the chat settings. Server said: %3</source>
        <translation>%1 的服务器没有提供名为“%2”的模型。请在对话设置中检查模型名称。服务器返回：%3</translation>
    </message>
    <message>
        <source>The model "%1" at %2 cannot take images: the view was not analysed. Use a vision model (MedDr) or send the question without the view. Server said: %3</source>
        <translation>%2 上的模型“%1”无法接收图像：画面未被分析。请使用视觉模型（MedDr），或不附画面发送问题。服务器返回：%3</translation>
    </message>
    <message>
        <source>%1 has no chat endpoint at %2 (HTTP 404): the address is not an OpenAI-compatible server. Server said: %3</source>
        <translation>%1 在 %2 没有对话端点（HTTP 404）：该地址不是 OpenAI 兼容服务器。服务器返回：%3</translation>
    </message>
    <message>
        <source>The server at %1 answered HTTP %2: %3</source>
        <translation>%1 的服务器返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is the chat server running, and is the address right?</source>
        <translation>%1 没有任何服务在监听（连接被拒绝）。对话服务器是否正在运行？地址是否正确？</translation>
    </message>
    <message>
        <source>The server name "%1" cannot be found.</source>
        <translation>找不到服务器名称“%1”。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>%1 的服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of the answer: the answer is incomplete.</source>
        <translation>与 %1 的连接在回答过程中关闭：回答不完整。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering.</source>
        <translation>%1 的服务器未作响应便关闭了连接。</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>与 %1 通信时发生网络错误：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::ChatSession</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>The answer reached the length limit (%1 tokens) and is cut off.</source>
        <translation>回答已达到长度上限（%1 个 token），已被截断。</translation>
    </message>
    <message>
        <source>The server's content filter stopped the answer.</source>
        <translation>服务器的内容过滤器中止了回答。</translation>
    </message>
    <message>
        <source>Not sent: %1 says it cannot take images, so it would answer without seeing the view. Choose a vision model (MedDr) in the chat settings, or untick "Attach view" to ask without the image.</source>
        <translation>未发送：%1 表示无法接收图像，因此会在未看到画面的情况下作答。请在对话设置中选择视觉模型（MedDr），或取消勾选“附加画面”以不附图像提问。</translation>
    </message>
    <message>
        <source>The server says the model accepts images.</source>
        <translation>服务器表示该模型可接收图像。</translation>
    </message>
    <message>
        <source>The server says the model does not accept images.</source>
        <translation>服务器表示该模型不接收图像。</translation>
    </message>
    <message>
        <source>The server does not say whether the model accepts images; if it does not, it may ignore the image.</source>
        <translation>服务器未说明该模型是否接收图像；如果不接收，可能会忽略图像。</translation>
    </message>
    <message>
        <source>Not sent: sending to %1 was not confirmed.</source>
        <translation>未发送：未确认发送到 %1。</translation>
    </message>
    <message>
        <source>The answer was interrupted: OncoView ended while it was streaming.</source>
        <translation>回答被中断：OncoView 在流式传输途中结束。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::ConversationStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed, so chat history cannot be kept (Debian package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE），因此无法保存对话记录（Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the chat history %1: %2</source>
        <translation>无法打开对话记录 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the chat history %1: %2</source>
        <translation>无法准备对话记录 %1：%2</translation>
    </message>
    <message>
        <source>&gt; Answers come from a language model that is not a validated clinical model. No answer is a diagnosis.

</source>
        <translation>&gt; 回答来自语言模型，并非经验证的临床模型。任何回答均不构成诊断。

</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>attached view</source>
        <translation>附加的画面</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::OpenAiBackend</name>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;your API key, from the system keychain&gt;
</source>
        <translation>Authorization: Bearer &lt;你的 API 密钥，取自系统钥匙串&gt;
</translation>
    </message>
    <message>
        <source>A request is still running; stop it first.</source>
        <translation>仍有请求正在运行；请先停止。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>服务器报告错误：%1</translation>
    </message>
    <message>
        <source>The server at %1 answered with an empty stream.</source>
        <translation>%1 的服务器返回了空的数据流。</translation>
    </message>
    <message>
        <source>the server's /props (llama.cpp)</source>
        <translation>服务器的 /props（llama.cpp）</translation>
    </message>
    <message>
        <source>the server's model list (/v1/models)</source>
        <translation>服务器的模型列表（/v1/models）</translation>
    </message>
    <message>
        <source>The server does not serve a model named "%1"; it offers: %2. Check the model name in the chat settings.</source>
        <translation>服务器没有提供名为“%1”的模型；可用模型：%2。请在对话设置中检查模型名称。</translation>
    </message>
    <message>
        <source>The server at %1 sent no answer text for %2 s; the request was stopped. The server may be overloaded or the model still loading.</source>
        <translation>%1 的服务器在 %2 秒内没有返回任何回答文字，请求已停止。服务器可能过载，或模型仍在加载。</translation>
    </message>
    <message>
        <source>The answer from %1 was still streaming after %2 min; it was stopped there. What arrived is kept.</source>
        <translation>%1 的回答在 %2 分钟后仍在流式传输，已在该处停止。已收到的内容会保留。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>系统钥匙串不可用（%1）。</translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain (%1); it is kept for this session only.</source>
        <translation>无法将 API 密钥保存到系统钥匙串（%1）；密钥仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>oncoview::chat::SseReader</name>
    <message>
        <source>The answer stream ended before the server said it was complete (no [DONE]): the connection was cut or the server stopped mid-answer.</source>
        <translation>回答数据流在服务器表示完成前已结束（没有 [DONE]）：连接已中断，或服务器在回答过程中停止。</translation>
    </message>
    <message>
        <source>The server sent a malformed stream chunk (%1): %2</source>
        <translation>服务器发送了格式错误的数据流块（%1）：%2</translation>
    </message>
    <message>
        <source>The server sent %1; the answer was stopped there.</source>
        <translation>服务器发送了%1；回答已在该处停止。</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>超过 %1 MB 的数据</translation>
    </message>
    <message>
        <source>a line longer than %1 MB</source>
        <translation>长于 %1 MB 的一行</translation>
    </message>
    <message>
        <source>an event longer than %1 MB</source>
        <translation>长于 %1 MB 的事件</translation>
    </message>
</context>
<context>
    <name>oncoview::lower</name>
    <message>
        <source>unsupported or corrupt slide file (OpenSlide %1 does not recognise it)</source>
        <translation>不支持或已损坏的切片文件（OpenSlide %1 无法识别）</translation>
    </message>
    <message>
        <source>corrupt or unsupported slide: %1</source>
        <translation>已损坏或不支持的切片：%1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <source>the slide has no readable pyramid level</source>
        <translation>切片没有可读取的金字塔层级</translation>
    </message>
    <message>
        <source>slide reading stopped after %1 consecutive errors; first error: %2</source>
        <translation>连续 %1 次错误后已停止读取切片；第一个错误：%2</translation>
    </message>
    <message>
        <source>out of memory for a %1 x %2 region</source>
        <translation>内存不足，无法读取 %1 x %2 的区域</translation>
    </message>
    <message>
        <source>unsupported geometry type "%1"</source>
        <translation>不支持的几何类型“%1”</translation>
    </message>
    <message>
        <source>journal belongs to another snapshot: ignored</source>
        <translation>日志属于另一个快照：已忽略</translation>
    </message>
    <message>
        <source>last journal entry was cut off: skipped</source>
        <translation>最后一条日志记录不完整：已跳过</translation>
    </message>
    <message>
        <source>MultiLineString split into %1 lines</source>
        <translation>MultiLineString 已拆分为 %1 条线</translation>
    </message>
    <message>
        <source>GeometryCollection split into %1 annotations</source>
        <translation>GeometryCollection 已拆分为 %1 个标注</translation>
    </message>
    <message>
        <source>the clipboard holds no annotations</source>
        <translation>剪贴板中没有标注</translation>
    </message>
    <message>
        <source>a polygon ring needs at least 3 vertices</source>
        <translation>多边形的环至少需要 3 个顶点</translation>
    </message>
    <message>
        <source>a line needs at least 2 vertices</source>
        <translation>线条至少需要 2 个顶点</translation>
    </message>
    <message>
        <source>cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>series has no image files</source>
        <translation>序列没有图像文件</translation>
    </message>
    <message>
        <source>phase has %1 files, expected %2</source>
        <translation>此期相有 %1 个文件，应有 %2 个</translation>
    </message>
    <message>
        <source>frames lack Plane Orientation or Pixel Measures</source>
        <translation>帧缺少 Plane Orientation 或 Pixel Measures</translation>
    </message>
    <message>
        <source>not a NIfTI file: shorter than a NIfTI header</source>
        <translation>不是 NIfTI 文件：比 NIfTI 头还短</translation>
    </message>
    <message>
        <source>not a NIfTI file: header size field is neither 348 nor 540</source>
        <translation>不是 NIfTI 文件：头大小字段既不是 348 也不是 540</translation>
    </message>
    <message>
        <source>NIfTI vox_offset lies beyond the end of the file</source>
        <translation>NIfTI 的 vox_offset 超出文件末尾</translation>
    </message>
    <message>
        <source>missing input '%1'</source>
        <translation>缺少输入“%1”</translation>
    </message>
    <message>
        <source>input '%1' has shape %2, model expects %3</source>
        <translation>输入“%1”的形状为 %2，模型需要 %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>no manifest.json in %1</source>
        <translation>%1 中没有 manifest.json</translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object</source>
        <translation>%1 不是有效的 JSON 对象</translation>
    </message>
    <message>
        <source>no model file: 'files' lists no .pt or .pt2 file</source>
        <translation>没有模型文件：“files”中未列出 .pt 或 .pt2 文件</translation>
    </message>
    <message>
        <source>model file '%1' is not listed in 'files'</source>
        <translation>模型文件“%1”未列在“files”中</translation>
    </message>
    <message>
        <source>the slide has no levels</source>
        <translation>切片没有任何层级</translation>
    </message>
    <message>
        <source>no tissue was found on the slide (nothing to analyse)</source>
        <translation>切片上未找到组织（没有可分析的内容）</translation>
    </message>
    <message>
        <source>the slide has no low-resolution level to find tissue on (smallest is %1 × %2 px)</source>
        <translation>切片没有可用于查找组织的低分辨率层级（最小为 %1 × %2 像素）</translation>
    </message>
    <message>
        <source>the slide does not say how many micrometres a pixel covers (no microns-per-pixel); the model needs it to take patches at %1 µm/px: enter it to analyse this slide</source>
        <translation>切片没有注明每个像素覆盖多少微米（没有 microns-per-pixel）；模型需要该值才能以 %1 µm/px 提取图像块：请输入该值以分析这张切片</translation>
    </message>
    <message>
        <source>cannot open the slide for reading: %1</source>
        <translation>无法打开切片以读取：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>not an OncoView measurements file</source>
        <translation>不是 OncoView 测量文件</translation>
    </message>
    <message>
        <source>written by a newer OncoView (version %1)</source>
        <translation>由较新版本的 OncoView 写入（版本 %1）</translation>
    </message>
    <message>
        <source>more than %1 measurements</source>
        <translation>超过 %1 项测量</translation>
    </message>
    <message>
        <source>measurement %1 is malformed</source>
        <translation>第 %1 项测量格式错误</translation>
    </message>
</context>
<context>
    <name>oncoview::mri</name>
    <message>
        <source>no OpenGL context can be created</source>
        <translation>无法创建 OpenGL 上下文</translation>
    </message>
    <message>
        <source>an OpenGL context cannot be made current</source>
        <translation>OpenGL 上下文无法激活</translation>
    </message>
    <message>
        <source>OpenGL %1.%2 is too old (3.2 is needed)</source>
        <translation>OpenGL %1.%2 版本过旧（需要 3.2）</translation>
    </message>
    <message>
        <source>The MRI views need OpenGL 3.2, and this display (Qt platform “%1”) has none: %2. Run OncoView in a desktop session with a graphics driver (Mesa works), or under “xvfb-run” on a server; check with “glxinfo -B”. Slides, annotations, the chat, MRI analysis and the command line work without it.</source>
        <translation>MRI 视图需要 OpenGL 3.2，而此显示（Qt 平台“%1”）没有：%2。请在有显卡驱动（Mesa 亦可）的桌面会话中运行 OncoView，或在服务器上用“xvfb-run”运行；可用“glxinfo -B”检查。切片、标注、对话、MRI 分析和命令行无需 OpenGL 也可使用。</translation>
    </message>
    <message>
        <source>this Qt platform cannot show OpenGL widgets</source>
        <translation>此 Qt 平台无法显示 OpenGL 组件</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>Slice %1 / %2</source>
        <translation>层面 %1 / %2</translation>
    </message>
    <message>
        <source>MIP (full)</source>
        <translation>MIP（全层）</translation>
    </message>
    <message>
        <source>  MIP %1 mm</source>
        <translation>  MIP %1 毫米</translation>
    </message>
    <message>
        <source>%1 slice view</source>
        <translation>%1切面视图</translation>
    </message>
    <message>
        <source>Up and Down (or Page Up and Page Down) move through the slices, Shift and an arrow key moves the cursor, R resets the view. D measures a distance and E an ellipse: Enter marks each end at the cursor.</source>
        <translation>上下键（或 Page Up、Page Down）切换层面，Shift 加方向键移动光标，R 重置视图。D 测量距离，E 测量椭圆：按 Enter 在光标处标记每一端。</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D 视图</translation>
    </message>
    <message>
        <source>R resets the camera and P cycles the rendering presets; drag to rotate.</source>
        <translation>R 重置相机，P 循环切换渲染预设；拖动以旋转。</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::DceLayout</name>
    <message>
        <source>Post %1 (%2)</source>
        <translation>增强后 %1（%2）</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>No T2 series</source>
        <translation>没有 T2 序列</translation>
    </message>
    <message>
        <source>DWI</source>
        <translation>DWI</translation>
    </message>
    <message>
        <source>DWI %1</source>
        <translation>DWI %1</translation>
    </message>
    <message>
        <source>No DWI series</source>
        <translation>没有 DWI 序列</translation>
    </message>
    <message>
        <source>No DCE series in this study</source>
        <translation>此检查没有 DCE 序列</translation>
    </message>
    <message>
        <source> (motion corrected)</source>
        <translation>（已运动校正）</translation>
    </message>
    <message>
        <source>Pre-contrast%1</source>
        <translation>增强前%1</translation>
    </message>
    <message>
        <source>Post %1 (%2)%3</source>
        <translation>增强后 %1（%2）%3</translation>
    </message>
    <message>
        <source>Subtraction %1 − pre%2</source>
        <translation>减影 %1 − 增强前%2</translation>
    </message>
    <message>
        <source>Computing subtraction…</source>
        <translation>正在计算减影…</translation>
    </message>
    <message>
        <source>Computing ADC…</source>
        <translation>正在计算 ADC…</translation>
    </message>
    <message>
        <source>No ADC: %1</source>
        <translation>没有 ADC：%1</translation>
    </message>
    <message>
        <source>ADC (mm²/s)</source>
        <translation>ADC（mm²/s）</translation>
    </message>
    <message>
        <source>Preparing the DCE phases…</source>
        <translation>正在准备 DCE 各期图像…</translation>
    </message>
    <message>
        <source>Voxel at cursor</source>
        <translation>光标处体素</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>期相</translation>
    </message>
    <message>
        <source>Cine through the post-contrast phases</source>
        <translation>以电影模式播放各增强后期相</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Motion correction</source>
        <translation>运动校正</translation>
    </message>
    <message>
        <source>Rigidly register every phase to the pre-contrast one (ITK, mutual information) before subtraction and kinetics; runs in the background and is cached</source>
        <translation>在减影和动力学分析前，将每个期相刚性配准到增强前图像（ITK，互信息）；在后台运行并缓存结果</translation>
    </message>
    <message>
        <source>Subtraction</source>
        <translation>减影</translation>
    </message>
    <message>
        <source>Subtraction MIP (full)</source>
        <translation>减影 MIP（全容积）</translation>
    </message>
    <message>
        <source>Subtraction MIP (slab)</source>
        <translation>减影 MIP（薄层）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Thin-slab MIP thickness, centred on the cursor</source>
        <translation>以光标为中心的薄层 MIP 厚度</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>十字线</translation>
    </message>
    <message>
        <source>Crosshair mode (C): left-click places the cursor in every panel; off: left-drag changes window/level</source>
        <translation>十字线模式 (C)：左键单击在每个面板放置光标；关闭时左键拖动调整窗宽/窗位</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Radius of the sphere ROI around the cursor (0: the voxel alone)</source>
        <translation>光标周围球形 ROI 的半径（0：仅该体素）</translation>
    </message>
    <message>
        <source>ROI radius</source>
        <translation>ROI 半径</translation>
    </message>
    <message>
        <source>Panel 3</source>
        <translation>面板 3</translation>
    </message>
    <message>
        <source>Initial enhancement a voxel needs to be coloured in the kinetic map (breast CAD's 50/80/100 % settings)</source>
        <translation>体素在动力学图中着色所需的初始增强程度（乳腺 CAD 的 50/80/100 % 设置）</translation>
    </message>
    <message>
        <source>Enhancement threshold</source>
        <translation>增强阈值</translation>
    </message>
    <message>
        <source>Kinetic map on subtraction</source>
        <translation>在减影上显示动力学图</translation>
    </message>
    <message>
        <source>Colours enhancing voxels by curve type: blue persistent, yellow plateau, red wash-out</source>
        <translation>按曲线类型为增强体素着色：蓝色为持续型，黄色为平台型，红色为流出型</translation>
    </message>
    <message>
        <source>Go to strongest enhancement (%1 %)</source>
        <translation>跳至最强强化处（%1 %）</translation>
    </message>
    <message>
        <source>Plane of all six panels</source>
        <translation>六个面板的切面</translation>
    </message>
    <message>
        <source>Go to strongest enhancement</source>
        <translation>跳至最强强化处</translation>
    </message>
    <message>
        <source>Moves the cursor to where the mean initial enhancement over 3×3×3 voxels is highest (H). It can be a vessel or the heart: look before reading its curve.</source>
        <translation>将光标移至 3×3×3 体素平均初始强化最高之处（H）。该处可能是血管或心脏：阅读其曲线前请先查看图像。</translation>
    </message>
    <message>
        <source>ROI sphere r=%1 mm (%2 voxels, %3 mm³)</source>
        <translation>球形 ROI r=%1 mm（%2 个体素，%3 mm³）</translation>
    </message>
    <message>
        <source>MIP slab</source>
        <translation>MIP 薄层</translation>
    </message>
    <message>
        <source>Post-contrast phase</source>
        <translation>增强后期相</translation>
    </message>
    <message>
        <source>Cine speed in frames per second</source>
        <translation>电影播放速度（每秒帧数）</translation>
    </message>
    <message>
        <source>Post-contrast phase shown in the post and subtraction panels (] next, [ previous)</source>
        <translation>增强后及减影面板显示的期相（] 下一个，[ 上一个）</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::DceSession</name>
    <message>
        <source>Motion correction and subtraction</source>
        <translation>运动校正和减影</translation>
    </message>
    <message>
        <source>Subtraction</source>
        <translation>减影</translation>
    </message>
    <message>
        <source>DCE preparation failed: %1</source>
        <translation>DCE 准备失败：%1</translation>
    </message>
    <message>
        <source>Kinetic map failed: %1</source>
        <translation>动力学图失败：%1</translation>
    </message>
    <message>
        <source>No DWI series</source>
        <translation>没有 DWI 序列</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::KineticCurveWidget</name>
    <message>
        <source>Place the cursor on a DCE series</source>
        <translation>请将光标放在 DCE 序列上</translation>
    </message>
    <message>
        <source>Time-intensity curve, as relative enhancement (S/S0 - 1) against time.
Initial phase (peak within %1 s after the pre-contrast image): slow &lt; %2 %, medium %2-%3 %, rapid &gt; %3 %.
Delayed phase (last image against the early peak): persistent when it rises by more than %4 %, wash-out when it falls by more than %4 %, plateau in between (BI-RADS MRI lexicon, Kuhl et al. 1999).
Dashed lines: the 50/80/100 % thresholds breast CAD uses to colour the kinetic map (voxels enhancing less are not coloured).</source>
        <translation>时间-信号强度曲线，以相对增强率（S/S0 - 1）对时间绘制。
早期（增强前图像后 %1 秒内的峰值）：缓慢 &lt; %2 %，中等 %2-%3 %，快速 &gt; %3 %。
延迟期（最后图像相对早期峰值）：上升超过 %4 % 为持续型，下降超过 %4 % 为流出型，介于两者之间为平台型（BI-RADS MRI 词典，Kuhl et al. 1999）。
虚线：乳腺 CAD 为动力学图着色所用的 50/80/100 % 阈值（增强程度较低的体素不着色）。</translation>
    </message>
    <message>
        <source>%1
Initial: %2 (%3%4 %)  Delayed: %5 (%6%7 %)</source>
        <translation>%1
早期：%2（%3%4 %）  延迟期：%5（%6%7 %）</translation>
    </message>
    <message>
        <source>
Curve type: %1</source>
        <translation>
曲线类型：%1</translation>
    </message>
    <message>
        <source>
Below the %1 % enhancement threshold: not typed</source>
        <translation>
低于 %1 % 增强阈值：不分类型</translation>
    </message>
    <message>
        <source>
ROI %1 voxels, %2 enhancing: persistent %3 %, plateau %4 %, wash-out %5 %</source>
        <translation>
ROI %1 个体素，%2 个增强：持续型 %3 %，平台型 %4 %，流出型 %5 %</translation>
    </message>
    <message>
        <source>
Phase times not in the files: assumed evenly spaced</source>
        <translation>
文件中没有期相时间：假设为等间距</translation>
    </message>
    <message>
        <source>Time-intensity curve (enhancement %)</source>
        <translation>时间-信号强度曲线（增强 %）</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::MriViewer</name>
    <message>
        <source>No series loaded</source>
        <translation>未加载序列</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>十字线</translation>
    </message>
    <message>
        <source>Crosshair mode (C): left-click places the cursor; off: left-drag changes window/level</source>
        <translation>十字线模式 (C)：左键单击放置光标；关闭时左键拖动调整窗宽/窗位</translation>
    </message>
    <message>
        <source>W/L</source>
        <translation>窗宽/窗位</translation>
    </message>
    <message>
        <source>Window/level presets (A: auto)</source>
        <translation>窗宽/窗位预设 (A：自动)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset zoom, pan and 3D camera (R in a view)</source>
        <translation>重置缩放、平移和 3D 视角（在视图中按 R）</translation>
    </message>
    <message>
        <source>Cannot display %1: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::mri::VolumeView3D</name>
    <message>
        <source>Volume rendering preset (P cycles)</source>
        <translation>体绘制预设（按 P 循环切换）</translation>
    </message>
</context>
<context>
    <name>oncoview::slide</name>
    <message>
        <source>The region is empty.</source>
        <translation>区域为空。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is larger than OncoView exports (at most %3 pixels a side and %4 megapixels): choose a coarser resolution or a smaller region.</source>
        <translation>%1 × %2 像素超出 OncoView 可导出的大小（每边最多 %3 像素，且不超过 %4 百万像素）：请选择较低的分辨率或较小的区域。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>内存不足，无法创建 %1 × %2 的图像。</translation>
    </message>
    <message>
        <source>Reading the slide failed: %1</source>
        <translation>读取切片失败：%1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: choose a .tif, .tiff or .png file name.</source>
        <translation>无法写入 %1：请选择 .tif、.tiff 或 .png 文件名。</translation>
    </message>
</context>
<context>
    <name>oncoview::slide::AnnotationOverlay</name>
    <message>
        <source>px²</source>
        <translation>px²</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message numerus="yes">
        <source>%n selected · Area %1 %2 · Perimeter %3 %4</source>
        <translation><numerusform>已选择 %n 个 · 面积 %1 %2 · 周长 %3 %4</numerusform></translation>
    </message>
</context>
<context>
    <name>oncoview::slide::ScaleBar</name>
    <message>
        <source>%1 px (no µm/px in file)</source>
        <translation>%1 像素（文件无 µm/像素）</translation>
    </message>
</context>
<context>
    <name>oncoview::slide::SlideView</name>
    <message>
        <source>No slide open</source>
        <translation>未打开切片</translation>
    </message>
    <message>
        <source>Some tiles could not be read: %1</source>
        <translation>部分图块无法读取：%1</translation>
    </message>
    <message>
        <source>Not enough memory for the image.</source>
        <translation>内存不足，无法创建图像。</translation>
    </message>
    <message>
        <source>Slide view</source>
        <translation>切片视图</translation>
    </message>
    <message>
        <source>Arrow keys pan, + and - zoom, 1 to 6 choose a magnification (1×, 2×, 5×, 10×, 20×, 40×), Home fits the slide to the view.</source>
        <translation>方向键平移，+ 和 - 缩放，1 至 6 选择放大倍率（1×、2×、5×、10×、20×、40×），Home 使切片适合视图。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui</name>
    <message>
        <source>Left breast: </source>
        <translation>左乳：</translation>
    </message>
    <message>
        <source>Right breast: </source>
        <translation>右乳：</translation>
    </message>
    <message>
        <source>Completeness: the attributions add up to the change of the score from the baseline within %1%.</source>
        <translation>完整性：各归因之和与分数相对基线的变化相差在 %1% 以内。</translation>
    </message>
    <message>
        <source>Deletion AUC %1 (random order %2; lower is better), insertion AUC %3 (random %4; higher is better).</source>
        <translation>删除 AUC %1（随机顺序 %2；越低越好），插入 AUC %3（随机 %4；越高越好）。</translation>
    </message>
    <message>
        <source>Rank correlation with the map of a model whose top layers were randomised: %1 (low means the map follows the model); repeatability: %2% difference.</source>
        <translation>与顶层权重随机化后模型之图的秩相关：%1（越低表示此图跟随模型）；可重复性：相差 %2%。</translation>
    </message>
    <message>
        <source>Check failed: %1.</source>
        <translation>检查未通过：%1。</translation>
    </message>
    <message>
        <source>%1 of the evidence for “%2” (%3); layer: %4</source>
        <translation>“%2”（%3）证据的 %1；层：%4</translation>
    </message>
    <message>
        <source>The colours are relative attribution to the model's log-odds, not probability and not tissue properties.</source>
        <translation>颜色表示对模型对数几率的相对归因，不是概率，也不是组织特性。</translation>
    </message>
    <message>
        <source>The map holds no positive evidence for “%1”: it points nowhere.</source>
        <translation>此图没有支持“%1”的正向证据：它没有指向任何位置。</translation>
    </message>
    <message>
        <source>Region %1 at LPS (%2, %3, %4) mm, about %5 × %6 × %7 mm, holds %8% of the map's positive evidence</source>
        <translation>区域 %1 位于 LPS (%2, %3, %4) mm，约 %5 × %6 × %7 mm，占此图正向证据的 %8%</translation>
    </message>
    <message>
        <source>; by sequence: %1</source>
        <translation>；按序列：%1</translation>
    </message>
    <message>
        <source>Positive evidence by sequence over the whole crop: %1.</source>
        <translation>整个裁剪范围内按序列的正向证据：%1。</translation>
    </message>
    <message>
        <source>The model gives %1% for “%2”. That is this model's output on these inputs, not a diagnosis and not a measured chance of cancer; the map shows where the model looked, not proof of a lesion.</source>
        <translation>模型给出“%2”%1%。这是此模型对这些输入的输出，不是诊断，也不是测得的癌症概率；此图显示模型关注的位置，不是病灶的证明。</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>模型：%1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a .geojson or .png file name.</source>
        <translation>请选择 .geojson 或 .png 文件名。</translation>
    </message>
    <message>
        <source>The package's inputs are fitted to its grid, not placed in patient space, so the map cannot be located on the study.</source>
        <translation>此模型包的输入是缩放至其网格，而非置于患者空间，因此无法在检查上定位此图。</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>注意力展开（rollout）</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>%1 (relative)</source>
        <translation>%1（相对）</translation>
    </message>
    <message>
        <source>There is no %1 map to export yet.</source>
        <translation>尚无可导出的%1图。</translation>
    </message>
    <message>
        <source>Research workstation for breast MRI and whole-slide pathology with AI assistance.</source>
        <translation>用于乳腺 MRI 和全切片病理影像、带 AI 辅助的研究工作站。</translation>
    </message>
    <message>
        <source>No model package is in use.</source>
        <translation>当前未使用任何模型包。</translation>
    </message>
    <message>
        <source>validated clinical model</source>
        <translation>经验证的临床模型</translation>
    </message>
    <message>
        <source>not a validated clinical model</source>
        <translation>并非经验证的临床模型</translation>
    </message>
    <message>
        <source>model file sha256</source>
        <translation>模型文件 sha256</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>（未列出）</translation>
    </message>
    <message>
        <source>AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis. No output of OncoView is a diagnosis.</source>
        <translation>AI 输出均标明其模型的验证状态。演示模型以合成数据训练，不可用于诊断。OncoView 的任何输出均不构成诊断。</translation>
    </message>
    <message>
        <source>MRI slice views (as in ITK-SNAP)</source>
        <translation>MRI 切面视图（与 ITK-SNAP 相同）</translation>
    </message>
    <message>
        <source>Left drag</source>
        <translation>左键拖动</translation>
    </message>
    <message>
        <source>Window and level</source>
        <translation>窗宽和窗位</translation>
    </message>
    <message>
        <source>Right drag</source>
        <translation>右键拖动</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Middle drag</source>
        <translation>中键拖动</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Wheel, Up/Down</source>
        <translation>滚轮、上／下键</translation>
    </message>
    <message>
        <source>Next or previous slice</source>
        <translation>下一层或上一层切面</translation>
    </message>
    <message>
        <source>Page Up/Page Down</source>
        <translation>Page Up／Page Down</translation>
    </message>
    <message>
        <source>Five slices</source>
        <translation>移动五层</translation>
    </message>
    <message>
        <source>Crosshair mode: left click places the linked cursor</source>
        <translation>十字线模式：左键单击放置联动光标</translation>
    </message>
    <message>
        <source>Automatic window</source>
        <translation>自动窗宽窗位</translation>
    </message>
    <message>
        <source>Reset the view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Distance tool</source>
        <translation>距离工具</translation>
    </message>
    <message>
        <source>Ellipse tool (mean, sd, area)</source>
        <translation>椭圆工具（平均值、标准差、面积）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the measurement being drawn, or leave the tool</source>
        <translation>取消正在绘制的测量，或退出工具</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the measurement under the mouse</source>
        <translation>移除鼠标下的测量</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D 视图</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Right drag, wheel</source>
        <translation>右键拖动、滚轮</translation>
    </message>
    <message>
        <source>Next rendering preset</source>
        <translation>下一个渲染预设</translation>
    </message>
    <message>
        <source>Breast DCE layout</source>
        <translation>乳腺 DCE 布局</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>单击</translation>
    </message>
    <message>
        <source>Time–intensity curve at the point</source>
        <translation>该点的时间–强度曲线</translation>
    </message>
    <message>
        <source>Go to the strongest enhancement</source>
        <translation>前往最强增强处</translation>
    </message>
    <message>
        <source>Slides (as in QuPath)</source>
        <translation>切片（与 QuPath 相同）</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>滚轮</translation>
    </message>
    <message>
        <source>Zoom to the cursor</source>
        <translation>向光标位置缩放</translation>
    </message>
    <message>
        <source>Drag, Space+drag</source>
        <translation>拖动、Space+拖动</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>放大或缩小</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Fit the slide</source>
        <translation>整张切片适应窗口</translation>
    </message>
    <message>
        <source>1×, 2×, 5×, 10×, 20×, 40×</source>
        <translation>1×、2×、5×、10×、20×、40×</translation>
    </message>
    <message>
        <source>Slide annotations (as in QuPath)</source>
        <translation>切片标注（与 QuPath 相同）</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>选择和移动</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Rectangle (Shift: square)</source>
        <translation>矩形（Shift：正方形）</translation>
    </message>
    <message>
        <source>Ellipse (Shift: circle)</source>
        <translation>椭圆（Shift：圆形）</translation>
    </message>
    <message>
        <source>Polygon (double-click or Enter closes)</source>
        <translation>多边形（双击或 Enter 闭合）</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手绘</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>锁定或解锁</translation>
    </message>
    <message>
        <source>Cancel or deselect</source>
        <translation>取消或取消选择</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>删除所选项</translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation>菜单命令</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>没有匹配的项。</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The view is not on screen.</source>
        <translation>该视图不在屏幕上。</translation>
    </message>
    <message>
        <source>The view is too large to render at %1×.</source>
        <translation>视图太大，无法以 %1× 渲染。</translation>
    </message>
    <message>
        <source>The MRI views need OpenGL, which is not available.</source>
        <translation>MRI 视图需要 OpenGL，但当前不可用。</translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <source>Move the linked cursor one voxel in the slice</source>
        <translation>在层面内将联动光标移动一个体素</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the distance or ellipse tool: mark an end at the cursor</source>
        <translation>在距离或椭圆工具中：在光标处标记一端</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者编号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>检查登记号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>%1 T</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>Series shown</source>
        <translation>显示中的序列</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>检查 UID</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Slide scanner</source>
        <translation>切片扫描仪</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>物镜倍率</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>像素大小</translation>
    </message>
    <message>
        <source>%1 × %2 µm</source>
        <translation>%1 × %2 µm</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Centre (LPS, mm)</source>
        <translation>中心（LPS，毫米）</translation>
    </message>
    <message>
        <source>Signal in the series shown</source>
        <translation>显示中序列的信号</translation>
    </message>
    <message>
        <source>Distance, %1</source>
        <translation>距离，%1</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <source>Ellipse, %1</source>
        <translation>椭圆，%1</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message numerus="yes">
        <source>mean %1 ± %2 (%3 to %4), %5 mm², %n voxel(s)</source>
        <translation><numerusform>平均 %1 ± %2（%3 至 %4），%5 平方毫米，%n 个体素</numerusform></translation>
    </message>
    <message>
        <source>Next or previous post-contrast phase</source>
        <translation>下一个或上一个增强后期相</translation>
    </message>
    <message>
        <source>The PACS answered with something that is not DICOM JSON.</source>
        <translation>PACS 的响应不是 DICOM JSON。</translation>
    </message>
    <message>
        <source>The overlay shows no label: there is nothing to store.</source>
        <translation>叠加层没有显示任何标签：没有可保存的内容。</translation>
    </message>
    <message>
        <source>DICOM SEG</source>
        <translation>DICOM SEG</translation>
    </message>
    <message>
        <source>DICOM Parametric Map</source>
        <translation>DICOM 参数图</translation>
    </message>
    <message>
        <source>No overlay is shown: there is nothing to store.</source>
        <translation>没有显示叠加层：没有可保存的内容。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>切片</translation>
    </message>
    <message numerus="yes">
        <source>The last session of this slide ended without saving. Recover its %n annotation(s), last edited %1?</source>
        <translation><numerusform>此切片上次的会话未保存便已结束。要恢复其 %n 个标注（最后编辑于 %1）吗？</numerusform></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>周长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Tick to show a class; double-click to give it to the selection</source>
        <translation>勾选以显示类别；双击可将其分配给所选项</translation>
    </message>
    <message>
        <source>Import Annotations…</source>
        <translation>导入标注…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Export Annotations as GeoJSON…</source>
        <translation>将标注导出为 GeoJSON…</translation>
    </message>
    <message>
        <source>Export Annotations as ASAP XML…</source>
        <translation>将标注导出为 ASAP XML…</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1</source>
        <translation><numerusform>已从 %1 导入 %n 个标注</numerusform></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation><numerusform>已将 %n 个标注导出到 %1</numerusform></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>An import is still running; try again when it has finished.</source>
        <translation>仍有导入正在进行；完成后再试。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Not imported: %1 was chosen for another slide, which is no longer open</source>
        <translation>未导入：%1 是为另一张已关闭的切片选择的</translation>
    </message>
    <message>
        <source>Importing %1… %2%</source>
        <translation>正在导入 %1… %2%</translation>
    </message>
    <message>
        <source>Annotations of the slide</source>
        <translation>切片的标注</translation>
    </message>
    <message>
        <source>Annotation classes: shown, hidden and counts</source>
        <translation>标注类别：显示、隐藏和数量</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>面积 %1</translation>
    </message>
    <message>
        <source>Perimeter %1</source>
        <translation>周长 %1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AnnotationSession</name>
    <message>
        <source>The saved annotations of this slide could not be read (%1); the file was kept as %2.</source>
        <translation>无法读取此切片已保存的标注（%1）；文件已保留为 %2。</translation>
    </message>
    <message>
        <source>Cannot move the annotation recovery files in %1 aside.</source>
        <translation>无法将 %1 中的标注恢复文件移到别处。</translation>
    </message>
    <message>
        <source>Annotation recovery files are unreadable: %1</source>
        <translation>无法读取标注恢复文件：%1</translation>
    </message>
    <message>
        <source>Cannot save annotations to %1: %2</source>
        <translation>无法将标注保存到 %1：%2</translation>
    </message>
    <message>
        <source>An older annotation recovery that was never restored or discarded was kept as %1.</source>
        <translation>一份从未恢复或丢弃的较旧标注恢复文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AnnotationToolBar</name>
    <message>
        <source>Annotation tools</source>
        <translation>标注工具</translation>
    </message>
    <message>
        <source> Class </source>
        <translation> 类别 </translation>
    </message>
    <message>
        <source>The class new annotations get</source>
        <translation>新标注所属的类别</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> 画笔 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter on screen</source>
        <translation>画笔在屏幕上的直径</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selection as GeoJSON (Ctrl+C)</source>
        <translation>将所选项复制为 GeoJSON (Ctrl+C)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste annotations (Ctrl+V)</source>
        <translation>粘贴标注 (Ctrl+V)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock or unlock the selection (L)</source>
        <translation>锁定或解锁所选项 (L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selection (Delete)</source>
        <translation>删除所选项 (Delete)</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Select and move; drag a handle to edit a vertex, Alt-click removes it, double-click on an edge adds one; drag empty slide to pan</source>
        <translation>选择和移动；拖动控点可编辑顶点，Alt+单击可删除顶点，在边上双击可添加顶点；拖动空白切片区域可平移</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Click to place a point</source>
        <translation>单击以放置一个点</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle; Shift for a square</source>
        <translation>拖动绘制矩形；按住 Shift 绘制正方形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Drag an ellipse; Shift for a circle</source>
        <translation>拖动绘制椭圆；按住 Shift 绘制圆形</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Click vertices; double-click or Enter closes, Backspace removes the last vertex, Esc cancels</source>
        <translation>逐个单击顶点；双击或 Enter 闭合，Backspace 删除最后一个顶点，Esc 取消</translation>
    </message>
    <message>
        <source>Freehand</source>
        <translation>手绘</translation>
    </message>
    <message>
        <source>Drag to draw a closed outline</source>
        <translation>拖动绘制闭合轮廓</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Paint an area with a round brush</source>
        <translation>使用圆形画笔涂绘区域</translation>
    </message>
    <message>
        <source>Brush diameter</source>
        <translation>笔刷直径</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ArchivesDialog</name>
    <message>
        <source>Archives</source>
        <translation>档案库</translation>
    </message>
    <message>
        <source>Choose an archive by name, or type a new name to set one up.</source>
        <translation>按名称选择档案库，或输入新名称以设置新的档案库。</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>%1 answers with these settings.</source>
        <translation>%1 以这些设置响应。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>无法写入审计日志 %1：%2</translation>
    </message>
    <message>
        <source>another OncoView holds it</source>
        <translation>另一个 OncoView 正在使用</translation>
    </message>
    <message>
        <source>The audit log is missing: it held entries up to number %1.</source>
        <translation>审计日志缺失：它原有的条目编号至 %1。</translation>
    </message>
    <message>
        <source>line %1 is not an audit entry</source>
        <translation>第 %1 行不是审计条目</translation>
    </message>
    <message>
        <source>entry %1 follows entry %2: entries were removed or inserted</source>
        <translation>条目 %1 紧接条目 %2：有条目被删除或插入</translation>
    </message>
    <message>
        <source>entry %1 does not chain to the entry before it</source>
        <translation>条目 %1 未能链接前一个条目</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>条目 %1 在写入后被更改</translation>
    </message>
    <message>
        <source>the log ends at entry %1, but entries up to %2 were written</source>
        <translation>日志止于条目 %1，但曾写入至条目 %2</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Model SHA-256</source>
        <translation>模型 SHA-256</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Inputs (SHA-256)</source>
        <translation>输入 (SHA-256)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>Filter: any text, e.g. failed, a user or a hash</source>
        <translation>筛选：任何文字，例如 failed、用户或哈希值</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>筛选审计日志</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>操作类别</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#8fd18f'&gt;The chain of %n entry(s) is intact: none was changed, inserted or removed.&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style='color:#8fd18f'&gt;%n 个条目的链完整：没有条目被更改、插入或删除。&lt;/span&gt;</numerusform></translation>
    </message>
    <message>
        <source>&lt;span style='color:#ff8a80'&gt;&lt;b&gt;The audit log was altered:&lt;/b&gt; %1.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#ff8a80'&gt;&lt;b&gt;审计日志曾被改动：&lt;/b&gt;%1。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::CaseReportDialog</name>
    <message>
        <source>Case Report</source>
        <translation>病例报告</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>The report's pages as they will be saved</source>
        <translation>报告页面（与保存的相同）</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>No draft: %1</source>
        <translation>没有草稿：%1</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包括</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>影像：%1</translation>
    </message>
    <message numerus="yes">
        <source>Measurements (%n)</source>
        <translation><numerusform>测量（%n）</numerusform></translation>
    </message>
    <message>
        <source>Kinetic curve</source>
        <translation>动力学曲线</translation>
    </message>
    <message numerus="yes">
        <source>AI results (%n)</source>
        <translation><numerusform>人工智能结果（%n）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Explanations (%n)</source>
        <translation><numerusform>解释（%n）</numerusform></translation>
    </message>
    <message>
        <source>Chat excerpt:</source>
        <translation>对话摘录：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last question and answer</source>
        <translation>最后的问题和回答</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>整段对话</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所见</translation>
    </message>
    <message>
        <source>Write the findings, or let the assistant draft them from the case's data for you to review.</source>
        <translation>撰写所见，或让助手根据病例数据起草，供你审阅。</translation>
    </message>
    <message>
        <source>Draft with Assistant</source>
        <translation>由助手起草</translation>
    </message>
    <message>
        <source>Sends the measurements, kinetic readings and AI results (no image, no patient name or ID) to the chat's assistant</source>
        <translation>将测量、动力学判读和人工智能结果（不含影像、患者姓名或编号）发送给对话助手</translation>
    </message>
    <message>
        <source>Replace the findings with the assistant's draft? If drafting fails or is stopped, your text comes back.</source>
        <translation>要用助手的草稿替换所见吗？如起草失败或被停止，你的文字会恢复。</translation>
    </message>
    <message>
        <source>I have reviewed these findings and approve them</source>
        <translation>我已审阅并批准这些所见</translation>
    </message>
    <message>
        <source>No assistant is available.</source>
        <translation>没有可用的助手。</translation>
    </message>
    <message>
        <source>A draft is already being written.</source>
        <translation>草稿正在撰写中。</translation>
    </message>
    <message>
        <source>drafting the case report's findings</source>
        <translation>起草病例报告的所见</translation>
    </message>
    <message>
        <source>Not sent: sending to the assistant was not confirmed.</source>
        <translation>未发送：未确认发送给助手。</translation>
    </message>
    <message>
        <source>The assistant is drafting the findings…</source>
        <translation>助手正在起草所见…</translation>
    </message>
    <message>
        <source>Stop Drafting</source>
        <translation>停止起草</translation>
    </message>
    <message>
        <source>AI-drafted by %1: the report marks it so until you approve it.</source>
        <translation>由 %1 以人工智能起草：在你批准之前，报告会如此标示。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>已由 %1 批准。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s)</source>
        <translation><numerusform>预览：%n 页</numerusform></translation>
    </message>
    <message>
        <source>Save Case Report</source>
        <translation>保存病例报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The findings were drafted by the assistant and are not approved. The report will mark them "AI-drafted". Save anyway?</source>
        <translation>所见由助手起草，尚未批准。报告会标示为“人工智能起草”。仍要保存吗？</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatDock</name>
    <message>
        <source>MedDr chat</source>
        <translation>MedDr 对话</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Editing: Send replaces that question (same image) and everything after it.</source>
        <translation>编辑中：发送后将替换该问题（同一图像）及其后的所有内容。</translation>
    </message>
    <message>
        <source>MedDr is not a validated clinical model. No answer is a diagnosis.</source>
        <translation>MedDr 并非经验证的临床模型。任何回答均不构成诊断。</translation>
    </message>
    <message>
        <source>Attach MRI view</source>
        <translation>附加 MRI 画面</translation>
    </message>
    <message>
        <source>Attach slide view</source>
        <translation>附加切片画面</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>不附图像</translation>
    </message>
    <message>
        <source>The view's rendered pixels are attached to each question (448×448); never DICOM headers or patient identifiers.</source>
        <translation>每个问题都会附加画面的渲染像素（448×448）；绝不包括 DICOM 头信息或患者标识。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Ask about the image on screen (Enter sends, Shift+Enter: new line)</source>
        <translation>询问屏幕上的影像（Enter 发送，Shift+Enter：换行）</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>服务器…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown (images as PNG files beside it)</source>
        <translation>将此对话保存为 Markdown（图像另存为同一位置的 PNG 文件）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>General conversation (no study or slide open)</source>
        <translation>一般对话（未打开检查或切片）</translation>
    </message>
    <message>
        <source>Conversation about %1</source>
        <translation>关于 %1 的对话</translation>
    </message>
    <message>
        <source>No chat server set: press Server… to connect to MedDr.</source>
        <translation>尚未设置对话服务器：点击“服务器…”连接 MedDr。</translation>
    </message>
    <message>
        <source>That view shows nothing yet; the question goes without an image.</source>
        <translation>该画面尚未显示任何内容；问题将不附图像发送。</translation>
    </message>
    <message>
        <source>%1 — %2 tokens/s, first token after %3 s</source>
        <translation>%1 — %2 token/秒，首个 token 用时 %3 秒</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>正在等待 %1…</translation>
    </message>
    <message>
        <source>Chat history is not stored on this computer, so there is nothing to export.</source>
        <translation>此计算机未保存对话记录，因此没有可导出的内容。</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Nothing has been sent yet: read the question, edit it if you like, and press Send.</source>
        <translation>尚未发送任何内容：请阅读问题，如有需要可修改，然后按“发送”。</translation>
    </message>
    <message>
        <source>Conversation with MedDr</source>
        <translation>与 MedDr 的对话</translation>
    </message>
    <message>
        <source>Question for MedDr (Enter sends)</source>
        <translation>向 MedDr 提问（Enter 发送）</translation>
    </message>
    <message>
        <source>No chat server is set: choose one with Server… in the chat panel.</source>
        <translation>尚未配置对话服务器：请在对话面板中用“服务器…”选择。</translation>
    </message>
    <message>
        <source>The assistant is busy with another answer; try again when it has finished.</source>
        <translation>助手正忙于另一个回答；完成后请重试。</translation>
    </message>
    <message>
        <source>The assistant is working on: %1</source>
        <translation>助手正在处理：%1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatSendPreviewDialog</name>
    <message>
        <source>First message to %1</source>
        <translation>首次发送到 %1 的消息</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is exactly what will be sent to %1.&lt;/b&gt; No DICOM header, file name or patient identifier is included: only the rendered pixels below and the text of the request. You are asked once per server.</source>
        <translation>&lt;b&gt;以下正是将发送到 %1 的内容。&lt;/b&gt;不包括任何 DICOM 头信息、文件名或患者标识：只有下方的渲染像素和请求文本。每个服务器只会询问一次。</translation>
    </message>
    <message>
        <source>%1×%2 PNG, %3 KB</source>
        <translation>%1×%2 PNG，%3 KB</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatSettingsDialog</name>
    <message>
        <source>Allow unencrypted http:// to servers on other computers</source>
        <translation>允许通过未加密的 http:// 连接其他计算机上的服务器</translation>
    </message>
    <message>
        <source>Answer with a local model on this computer instead</source>
        <translation>改用此计算机上的本地模型回答</translation>
    </message>
    <message>
        <source>MedDr chat server</source>
        <translation>MedDr 对话服务器</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>causal LM package folder, e.g. …/models/tinylm-demo</source>
        <translation>因果语言模型包文件夹，例如 …/models/tinylm-demo</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <source>Max answer tokens:</source>
        <translation>回答 token 上限：</translation>
    </message>
    <message>
        <source>Local package:</source>
        <translation>本地模型包：</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server: LMDeploy &lt;code&gt;api_server&lt;/code&gt; (recommended for MedDr), vLLM, llama.cpp &lt;code&gt;llama-server&lt;/code&gt;, Ollama. Only the rendered view and your text are sent.</source>
        <translation>任何 OpenAI 兼容服务器：LMDeploy &lt;code&gt;api_server&lt;/code&gt;（推荐用于 MedDr）、vLLM、llama.cpp &lt;code&gt;llama-server&lt;/code&gt;、Ollama。只会发送渲染后的画面和你输入的文字。</translation>
    </message>
    <message>
        <source>Enter the folder of a local causal LM package.</source>
        <translation>请输入本地因果语言模型包的文件夹。</translation>
    </message>
    <message>
        <source>Enter the model name the server serves (e.g. meddr).</source>
        <translation>请输入服务器提供的模型名称（例如 meddr）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ChatTranscriptView</name>
    <message>
        <source>&lt;b style='color:#7fb3ff'&gt;You&lt;/b&gt;</source>
        <translation>&lt;b style='color:#7fb3ff'&gt;你&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#9be09b'&gt;MedDr&lt;/b&gt;</source>
        <translation>&lt;b style='color:#9be09b'&gt;MedDr&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>attached view</source>
        <translation>附加的画面</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation>[未显示图片：%1]</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::DemoController</name>
    <message>
        <source>Demo preparation stopped.</source>
        <translation>演示数据准备已停止。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::DerivedOverlay</name>
    <message>
        <source>Segmentation (DICOM SEG)</source>
        <translation>分割（DICOM SEG）</translation>
    </message>
    <message>
        <source>Parametric map</source>
        <translation>参数图</translation>
    </message>
    <message>
        <source>Parametric map: %1</source>
        <translation>参数图：%1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::DicomWebClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The PACS did not answer with a multipart series.</source>
        <translation>PACS 没有以多部分序列响应。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The PACS ended the series early, after %n instance(s).</source>
        <translation><numerusform>PACS 在 %n 个实例后提前结束了序列。</numerusform></translation>
    </message>
    <message>
        <source>The PACS at %1 refused the credentials (HTTP %2): check the user name and password or token.</source>
        <translation>位于 %1 的 PACS 拒绝了凭据（HTTP %2）：请检查用户名和密码或令牌。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS at %1: the connection was refused (is the server running, and is the port right?).</source>
        <translation>无法连接位于 %1 的 PACS：连接被拒绝（服务器是否正在运行？端口是否正确？）。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS at %1: the host name is not known.</source>
        <translation>无法连接位于 %1 的 PACS：主机名未知。</translation>
    </message>
    <message>
        <source>The PACS at %1 did not answer in time.</source>
        <translation>位于 %1 的 PACS 未能及时响应。</translation>
    </message>
    <message>
        <source>Cannot reach the PACS at %1: %2</source>
        <translation>无法连接位于 %1 的 PACS：%2</translation>
    </message>
    <message>
        <source>The PACS at %1 answered HTTP %2 %3.</source>
        <translation>位于 %1 的 PACS 响应 HTTP %2 %3。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The PACS refused %1 of the %n instance(s) sent.</source>
        <translation><numerusform>PACS 拒绝了所发送 %n 个实例中的 %1 个。</numerusform></translation>
    </message>
    <message>
        <source>The PACS at %1 has a certificate that cannot be trusted (%2). If your hospital signs its servers' certificates itself, give its certificate authority in the archive's settings.</source>
        <translation>%1 的 PACS 证书不可信（%2）。如果您的医院自行签发服务器证书，请在档案库设置中提供其证书颁发机构。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ExplanationComparison</name>
    <message>
        <source>Explanations side by side</source>
        <translation>并排比较解释</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Method of the right map</source>
        <translation>右图的方法</translation>
    </message>
    <message>
        <source>The method that explains the same result in the right pane</source>
        <translation>在右侧窗格解释同一结果的方法</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右：</translation>
    </message>
    <message>
        <source>No study</source>
        <translation>没有检查</translation>
    </message>
    <message>
        <source>Analyze the study first.</source>
        <translation>请先分析检查。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>No map</source>
        <translation>没有图</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>检查通过</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) flagged: %1</source>
        <translation><numerusform>%n 项检查被标示：%1</numerusform></translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ExplanationLayer</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>relative attribution, not probability</source>
        <translation>相对归因，不是概率</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ExplanationsDock</name>
    <message>
        <source>Explanations</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>&lt;p&gt;AI results and the reasons behind them appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;人工智能结果及其理由会在此显示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Running on the inference engine&amp;hellip;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;正在推理引擎上运行&amp;hellip;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='color:#ffd98a'&gt;&lt;b&gt;Not a validated clinical model.&lt;/b&gt; Output is for demonstration and must not be used for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p style='color:#ffd98a'&gt;&lt;b&gt;并非经验证的临床模型。&lt;/b&gt;输出仅供演示，不得用于诊断。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Intended use: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;预期用途：%1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contribution of each input&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;各输入的贡献&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;原因&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;%1 s on %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;%1 秒，在 %2 上&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style='color:#e08080'&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style='color:#e08080'&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Shapley value of each sequence&lt;/b&gt; (points of %1 probability; masking all gives the baseline)&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;各序列的 Shapley 值&lt;/b&gt;（%1 概率的百分点；全部屏蔽时为基线）&lt;/p&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Provenance&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;来源追溯&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Checks of the map&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;此图的检查&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;</translation>
    </message>
    <message>
        <source>AI results and their explanations</source>
        <translation>人工智能结果及其解释</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::FindingsDrafter</name>
    <message>
        <source>Drafting was stopped.</source>
        <translation>起草已停止。</translation>
    </message>
    <message>
        <source>The assistant returned no text.</source>
        <translation>助手没有返回任何文字。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::InferenceQueueDock</name>
    <message>
        <source>Inference queue</source>
        <translation>推理队列</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>完成，用时 %1 秒</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Inference jobs</source>
        <translation>推理任务</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::InferenceService</name>
    <message>
        <source>AI engine: idle</source>
        <translation>AI 引擎：空闲</translation>
    </message>
    <message>
        <source>Chat with %1</source>
        <translation>与 %1 对话</translation>
    </message>
    <message>
        <source>AI engine: loading %1</source>
        <translation>AI 引擎：正在加载 %1</translation>
    </message>
    <message>
        <source>AI engine: running job %1 (%2 queued)</source>
        <translation>AI 引擎：正在运行任务 %1（%2 个排队中）</translation>
    </message>
    <message>
        <source>AI engine: running job %1</source>
        <translation>AI 引擎：正在运行任务 %1</translation>
    </message>
    <message>
        <source>AI engine: error — %1</source>
        <translation>AI 引擎：错误 — %1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>OncoView will be shown in %1 from its next start.</source>
        <translation>OncoView 下次启动时将以%1显示。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::LocalChatBackend</name>
    <message>
        <source>%1 (local, on this computer)</source>
        <translation>%1（本地，在此计算机上）</translation>
    </message>
    <message>
        <source>The local model is still answering.</source>
        <translation>本地模型仍在回答中。</translation>
    </message>
    <message>
        <source>No local chat model is chosen. Pick a package folder in the chat settings.</source>
        <translation>尚未选择本地对话模型。请在对话设置中选择模型包文件夹。</translation>
    </message>
    <message>
        <source>The local model failed: %1</source>
        <translation>本地模型失败：%1</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MainWindow</name>
    <message>
        <source>Breast MRI — no study open</source>
        <translation>乳腺 MRI — 未打开检查</translation>
    </message>
    <message>
        <source>Pathology slide — no slide open</source>
        <translation>病理切片 — 未打开切片</translation>
    </message>
    <message>
        <source>OncoView</source>
        <translation>OncoView</translation>
    </message>
    <message>
        <source>Cannot open study</source>
        <translation>无法打开检查</translation>
    </message>
    <message>
        <source>Study loading cancelled</source>
        <translation>已取消加载检查</translation>
    </message>
    <message>
        <source>Cannot prepare the demo</source>
        <translation>无法准备演示数据</translation>
    </message>
    <message>
        <source>Slide viewport</source>
        <translation>切片视图</translation>
    </message>
    <message>
        <source>Selected region of the slide (%1)</source>
        <translation>切片的选定区域（%1）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Study Folder…</source>
        <translation>打开检查文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Open DICOM study folder</source>
        <translation>打开 DICOM 检查文件夹</translation>
    </message>
    <message>
        <source>Open Study &amp;File…</source>
        <translation>打开检查文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open NIfTI or DICOM file</source>
        <translation>打开 NIfTI 或 DICOM 文件</translation>
    </message>
    <message>
        <source>Images (*.nii *.nii.gz *.dcm);;All files (*)</source>
        <translation>影像 (*.nii *.nii.gz *.dcm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open S&amp;lide…</source>
        <translation>打开切片(&amp;L)…</translation>
    </message>
    <message>
        <source>Open whole-slide image</source>
        <translation>打开全切片图像</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Study and Slide</source>
        <translation>打开演示检查和切片(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Breast &amp;DCE Layout</source>
        <translation>乳腺 DCE 布局(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Pre, post, subtraction, T2, DWI and ADC panels through one cursor, with kinetics; off: linked MPR and 3D</source>
        <translation>以同一光标联动增强前、增强后、减影、T2、DWI 和 ADC 面板，并附动力学分析；关闭时：联动 MPR 和 3D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OncoView</source>
        <translation>关于 OncoView(&amp;A)</translation>
    </message>
    <message>
        <source>About OncoView</source>
        <translation>关于 OncoView</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Opening slide %1…</source>
        <translation>正在打开切片 %1…</translation>
    </message>
    <message>
        <source>Cannot open slide</source>
        <translation>无法打开切片</translation>
    </message>
    <message>
        <source>Preparing demo data</source>
        <translation>正在准备演示数据</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; see the Series panel</source>
        <translation><numerusform>%n 个文件无法读取；请查看序列面板</numerusform></translation>
    </message>
    <message>
        <source> — phase %1 of %2 (%3)</source>
        <translation> — 第 %1/%2 期（%3）</translation>
    </message>
    <message>
        <source>Breast MRI — %1 — %2</source>
        <translation>乳腺 MRI — %1 — %2</translation>
    </message>
    <message>
        <source>Pathology slide — %1</source>
        <translation>病理切片 — %1</translation>
    </message>
    <message>
        <source>MRI %1 view</source>
        <translation>MRI %1 视图</translation>
    </message>
    <message>
        <source>MRI %1 view: %2</source>
        <translation>MRI %1 视图：%2</translation>
    </message>
    <message>
        <source>A&amp;nalyze</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>Analyze S&amp;tudy</source>
        <translation>分析检查(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Run the breast MRI model on the open study</source>
        <translation>用乳腺 MRI 模型分析已打开的检查</translation>
    </message>
    <message>
        <source>Study &amp;Inputs…</source>
        <translation>检查的输入序列(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a study and choose an MRI model first</source>
        <translation>请先打开检查并选择 MRI 模型</translation>
    </message>
    <message>
        <source>&amp;Cancel Slide Analysis</source>
        <translation>取消切片分析(&amp;C)</translation>
    </message>
    <message>
        <source>Breast MRI classifier</source>
        <translation>乳腺 MRI 分类器</translation>
    </message>
    <message>
        <source>No model has run on this study. Analyze ▸ Analyze Study (%1) runs %2 on it.</source>
        <translation>此检查尚未运行任何模型。“分析 ▸ 分析检查”（%1）会用 %2 分析此检查。</translation>
    </message>
    <message>
        <source>No breast MRI model package is installed (AI menu).</source>
        <translation>尚未安装乳腺 MRI 模型包（AI 菜单）。</translation>
    </message>
    <message>
        <source>Open a study first</source>
        <translation>请先打开检查</translation>
    </message>
    <message>
        <source>Open a slide first</source>
        <translation>请先打开切片</translation>
    </message>
    <message>
        <source>Slide resolution</source>
        <translation>切片分辨率</translation>
    </message>
    <message>
        <source>Micrometres per pixel at full resolution (e.g. 0.25 at 40×, 0.5 at 20×):</source>
        <translation>全分辨率下每像素的微米数（例如 40× 时为 0.25，20× 时为 0.5）：</translation>
    </message>
    <message>
        <source>Slide classifier</source>
        <translation>切片分类器</translation>
    </message>
    <message>
        <source>No model has run on this slide. Analyze ▸ Analyze Slide (%1) runs %2 on it.</source>
        <translation>此切片尚未运行任何模型。“分析 ▸ 分析切片”（%1）会用 %2 分析此切片。</translation>
    </message>
    <message>
        <source>No slide model package is installed (AI menu).</source>
        <translation>尚未安装切片模型包（AI 菜单）。</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>No analysis result to export yet</source>
        <translation>尚无可导出的分析结果</translation>
    </message>
    <message>
        <source>Export analysis results</source>
        <translation>导出分析结果</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export results</source>
        <translation>无法导出结果</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>结果已保存到 %1</translation>
    </message>
    <message>
        <source>Read DCE Phases Stored as Separate Series as &amp;One</source>
        <translation>将分开存储的 DCE 时相读作一个序列(&amp;O)</translation>
    </message>
    <message>
        <source>The map has no positive evidence to go to.</source>
        <translation>此图没有可前往的正向证据。</translation>
    </message>
    <message>
        <source>Export explanation map</source>
        <translation>导出解释图</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation>NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>There is no explanation map to export yet.</source>
        <translation>尚无可导出的解释图。</translation>
    </message>
    <message>
        <source>A specialist breast-MRI model (%1) produced this result on the study on screen. It is not a diagnosis.</source>
        <translation>专科乳腺 MRI 模型（%1）对屏幕上的检查得出此结果。这不是诊断。</translation>
    </message>
    <message>
        <source>Its explanation (%1):</source>
        <translation>其解释（%1）：</translation>
    </message>
    <message>
        <source>The attached image is the MRI view with the explanation map over it.</source>
        <translation>附上的影像是叠加了解释图的 MRI 视图。</translation>
    </message>
    <message>
        <source>Question: what do these findings and the highlighted regions suggest, how far should they be trusted, and what should a radiologist check next?</source>
        <translation>问题：这些结果及标示的区域提示什么？应在多大程度上信任它们？放射科医生下一步应检查什么？</translation>
    </message>
    <message>
        <source>Analyze the study first: there is no map to compare.</source>
        <translation>请先分析检查：没有可比较的图。</translation>
    </message>
    <message>
        <source>Explanations side by side</source>
        <translation>并排比较解释</translation>
    </message>
    <message>
        <source>Not reopened, no longer there: %1</source>
        <translation>未重新打开，已不存在：%1</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>Not opened (one study and one slide at a time, or no longer there): %1</source>
        <translation>未打开（每次只打开一个检查和一张切片，或文件已不存在）：%1</translation>
    </message>
    <message>
        <source>Annotations need their slide: open the slide, then drop %1 again.</source>
        <translation>标注需要其切片：请先打开切片，再拖放 %1。</translation>
    </message>
    <message>
        <source>Some dropped files were not opened</source>
        <translation>部分拖放的文件未打开</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse…</source>
        <translation>键盘和鼠标(&amp;K)…</translation>
    </message>
    <message>
        <source>Breast MRI model</source>
        <translation>乳腺 MRI 模型</translation>
    </message>
    <message>
        <source>Slide model</source>
        <translation>切片模型</translation>
    </message>
    <message>
        <source>Slides (%1);;All files (*)</source>
        <translation>切片 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save &amp;View Image…</source>
        <translation>保存视图图像(&amp;V)…</translation>
    </message>
    <message>
        <source>Open a study or a slide first.</source>
        <translation>请先打开检查或切片。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>The view last clicked, as PNG at screen or twice its resolution</source>
        <translation>最后点击的视图，以屏幕或两倍分辨率保存为 PNG</translation>
    </message>
    <message>
        <source>&amp;Copy View Image</source>
        <translation>复制视图图像(&amp;C)</translation>
    </message>
    <message>
        <source>%1 copied as an image</source>
        <translation>已将%1复制为图像</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export Slide &amp;Region…</source>
        <translation>导出切片区域(&amp;R)…</translation>
    </message>
    <message>
        <source>The selected annotation's region or the view's, as TIFF or PNG at a chosen µm/px</source>
        <translation>所选标注或视图的区域，以指定的 µm/px 导出为 TIFF 或 PNG</translation>
    </message>
    <message>
        <source>Region export cancelled</source>
        <translation>已取消导出区域</translation>
    </message>
    <message>
        <source>Region written to %1</source>
        <translation>区域已写入 %1</translation>
    </message>
    <message>
        <source>Slide view %1</source>
        <translation>切片视图 %1</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>%1视图</translation>
    </message>
    <message>
        <source>%1 view: %2</source>
        <translation>%1视图：%2</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>3D 视图</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Export &amp;Measurements as CSV…</source>
        <translation>将测量导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>No measurements yet: press D (distance) or E (ellipse) in an MRI view.</source>
        <translation>尚无测量：在 MRI 视图中按 D（距离）或 E（椭圆）。</translation>
    </message>
    <message>
        <source>Export Measurements</source>
        <translation>导出测量</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Measurements written to %1</source>
        <translation>测量已写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Case &amp;Report…</source>
        <translation>病例报告(&amp;R)…</translation>
    </message>
    <message>
        <source>A PDF of the case: views, measurements, kinetics, AI results with their caveats, explanations and findings</source>
        <translation>病例的 PDF：视图、测量、动力学、附注意事项的人工智能结果、解释及所见</translation>
    </message>
    <message>
        <source>Case report written to %1</source>
        <translation>病例报告已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The inference device, threads and language change at the next start.</source>
        <translation>推理设备、线程和语言会在下次启动时更改。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Ask &amp;MedDr</source>
        <translation>询问 MedDr(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>The chat panel, with the keyboard in its question box</source>
        <translation>对话面板，键盘焦点位于提问框</translation>
    </message>
    <message>
        <source>Open from &amp;PACS…</source>
        <translation>从 PACS 打开(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Send View to PACS as &amp;Key Image…</source>
        <translation>将视图作为关键影像发送到 PACS(&amp;K)…</translation>
    </message>
    <message>
        <source>The MRI view last clicked, as a DICOM Secondary Capture in its study</source>
        <translation>最后点击的 MRI 视图，以 DICOM 二次采集影像存入其检查</translation>
    </message>
    <message>
        <source>Key image stored in the archive</source>
        <translation>关键影像已存入影像库</translation>
    </message>
    <message>
        <source>Send View to PACS</source>
        <translation>将视图发送到 PACS</translation>
    </message>
    <message>
        <source>Click an MRI view of a DICOM study first: the key image goes into that study.</source>
        <translation>请先点击 DICOM 检查的 MRI 视图：关键影像会存入该检查。</translation>
    </message>
    <message>
        <source>No archive yet: search one with File ▸ Open from PACS first.</source>
        <translation>尚未有影像库：请先用“文件 ▸ 从 PACS 打开”搜索。</translation>
    </message>
    <message>
        <source>Store the %1, as shown with its labels and overlays, in this study on %2? Every viewer of the archive will list it as a new series.</source>
        <translation>要将%1（连同标签和叠加层，与显示的相同）存入 %2 上的此检查吗？影像库的所有查看器都会把它列为新序列。</translation>
    </message>
    <message>
        <source>Save Overlay as DICOM…</source>
        <translation>将叠加层保存为 DICOM…</translation>
    </message>
    <message>
        <source>Save Overlay as DICOM</source>
        <translation>将叠加层保存为 DICOM</translation>
    </message>
    <message>
        <source>Save Overlay as %1</source>
        <translation>将叠加层保存为 %1</translation>
    </message>
    <message>
        <source>DICOM (*.dcm)</source>
        <translation>DICOM (*.dcm)</translation>
    </message>
    <message>
        <source>The overlay of the MRI view last clicked as a DICOM SEG (label maps) or Parametric Map (heatmaps) that Slicer and OHIF overlay on its series</source>
        <translation>最后点击的 MRI 视图的叠加层，保存为 DICOM SEG（标签图）或参数图（热图），Slicer 和 OHIF 会把它叠加在其序列上</translation>
    </message>
    <message>
        <source>Send Overlay to PACS…</source>
        <translation>将叠加层发送到 PACS…</translation>
    </message>
    <message>
        <source>The overlay as a DICOM SEG or Parametric Map, stored in its study on the archive last used</source>
        <translation>叠加层以 DICOM SEG 或参数图形式，保存到最后使用的影像库中其所属的检查</translation>
    </message>
    <message>
        <source>Overlay stored as DICOM</source>
        <translation>叠加层已保存为 DICOM</translation>
    </message>
    <message>
        <source>Overlay as DICOM</source>
        <translation>叠加层转为 DICOM</translation>
    </message>
    <message>
        <source>Show an overlay on the MRI first (a kinetic map, a segmentation, an enhancement or explanation map), and click its view.</source>
        <translation>请先在 MRI 上显示叠加层（动力学图、分割、增强图或解释图），并点击其视图。</translation>
    </message>
    <message>
        <source>The series under the overlay is not known.</source>
        <translation>不知道叠加层下方的序列。</translation>
    </message>
    <message>
        <source>Writing the overlay as %1…</source>
        <translation>正在将叠加层写入为 %1…</translation>
    </message>
    <message>
        <source>Send Overlay to PACS</source>
        <translation>将叠加层发送到 PACS</translation>
    </message>
    <message>
        <source>Store “%1” as a %2 over the series “%3” in this study on %4? Every viewer of the archive will list it as a new series. It is a computed result, not a diagnosis.</source>
        <translation>要将“%1”以 %2 形式，叠加于序列“%3”，保存到 %4 上的这项检查中吗？影像库的所有查看器都会把它列为新序列。这是计算结果，不是诊断。</translation>
    </message>
    <message>
        <source>Search an archive (DICOMweb or DIMSE) and open a series from it</source>
        <translation>搜索影像库（DICOMweb 或 DIMSE）并从中打开序列</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在发送到 %1…</translation>
    </message>
    <message>
        <source>Showing phase 1 of %1 while the rest arrives from the archive</source>
        <translation>正在显示第 1 期（共 %1 期），其余图像仍在从档案库传来</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MeasurementSidecar</name>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>它属于另一项检查</translation>
    </message>
    <message>
        <source>The saved measurements of this study could not be read (%1); the file was kept as %2.</source>
        <translation>无法读取此检查已保存的测量（%1）；该文件已保留为 %2。</translation>
    </message>
    <message>
        <source>The measurements could not be saved to %1: %2</source>
        <translation>无法将测量保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ModelMenu</name>
    <message>
        <source>&amp;AI</source>
        <translation>AI(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Model Package Folder…</source>
        <translation>添加模型包文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Model Packages…</source>
        <translation>模型包(&amp;M)…</translation>
    </message>
    <message>
        <source>Add a model package, or a folder of packages</source>
        <translation>添加模型包，或包含多个模型包的文件夹</translation>
    </message>
    <message>
        <source>&lt;p&gt;Packages are verified (file hashes, a dry run) when first used.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;模型包会在首次使用时验证（文件哈希值和试运行）。&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: &lt;span style='color:#e08080'&gt;%2&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1：&lt;span style='color:#e08080'&gt;%2&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;&lt;br&gt;%5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;&lt;small&gt;%4&lt;/small&gt;&lt;br&gt;%5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>&lt;b&gt;not a validated clinical model&lt;/b&gt;</source>
        <translation>&lt;b&gt;并非经验证的临床模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;No model packages found.&lt;/li&gt;</source>
        <translation>&lt;li&gt;未找到模型包。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation>模型包</translation>
    </message>
    <message>
        <source>Inference &amp;Threads (applies after restart)</source>
        <translation>推理线程(&amp;T)（重启后生效）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MriAnalysis</name>
    <message>
        <source>Not run: %1.</source>
        <translation>未运行：%1。</translation>
    </message>
    <message>
        <source>The %1 expert carried the largest share (%2%) of the fused decision.</source>
        <translation>%1 专家在融合决策中占最大比重（%2%）。</translation>
    </message>
    <message>
        <source>This model was trained on synthetic phantoms; its scores say nothing about a patient.</source>
        <translation>此模型使用合成体模训练，其分数与任何患者无关。</translation>
    </message>
    <message>
        <source>No breast MRI model package is chosen (AI menu).</source>
        <translation>尚未选择乳腺 MRI 模型包（AI 菜单）。</translation>
    </message>
    <message>
        <source>The study has no %1 series; the package was trained to run without it, so it ran with that input masked (less information, read with care).</source>
        <translation>此检查没有 %1 序列；模型包经训练可在缺少该序列时运行，因此已屏蔽该输入后运行（信息较少，请谨慎解读）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MriExplainer</name>
    <message>
        <source>Explanation map</source>
        <translation>解释图</translation>
    </message>
    <message>
        <source>Analyze the study first: the map explains a result.</source>
        <translation>请先分析检查：解释图解释的是一个结果。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::MultipartReader</name>
    <message>
        <source>A part of the answer is larger than 2 GiB.</source>
        <translation>响应的其中一部分大于 2 GiB。</translation>
    </message>
    <message>
        <source>The answer is not a valid multipart body (a boundary is not followed by a line end).</source>
        <translation>响应不是有效的多部分内容（边界后没有换行）。</translation>
    </message>
    <message>
        <source>The headers of a part of the answer are too long.</source>
        <translation>响应其中一部分的标头过长。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::PacsDialog</name>
    <message>
        <source>Open from PACS</source>
        <translation>从 PACS 打开</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Patient name (DOE*)</source>
        <translation>患者姓名（DOE*）</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者编号</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>检查登记号</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>成像方式</translation>
    </message>
    <message>
        <source>Modality (MR)</source>
        <translation>成像方式（MR）</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>成像方式</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Studies found</source>
        <translation>找到的检查</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Series of the study</source>
        <translation>检查的序列</translation>
    </message>
    <message>
        <source>&amp;Open Series</source>
        <translation>打开序列(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) received, %1</source>
        <translation><numerusform>已接收 %n 幅影像，%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) retrieved.</source>
        <translation><numerusform>已获取 %n 幅影像。</numerusform></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(s) found.</source>
        <translation><numerusform>找到 %n 项检查。</numerusform></translation>
    </message>
    <message>
        <source>Listing the series…</source>
        <translation>正在列出序列…</translation>
    </message>
    <message numerus="yes">
        <source>%n series.</source>
        <translation><numerusform>%n 个序列。</numerusform></translation>
    </message>
    <message>
        <source>Choose a study and one of its series.</source>
        <translation>请选择一项检查及其中一个序列。</translation>
    </message>
    <message>
        <source>Opened from the local cache.</source>
        <translation>已从本地缓存打开。</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of the %n image(s) the archive listed arrived: the series is shown incomplete.</source>
        <translation><numerusform>影像库列出的 %n 幅影像中只有 %1 幅送达：序列以不完整状态显示。</numerusform></translation>
    </message>
    <message>
        <source>%1 answers with these settings.</source>
        <translation>%1 以这些设置响应。</translation>
    </message>
    <message>
        <source>(phase 1 of %1 shown meanwhile)</source>
        <translation>（期间先显示第 1 期，共 %1 期）</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::PacsServerForm</name>
    <message>
        <source>DICOMweb (QIDO-RS, WADO-RS, STOW-RS)</source>
        <translation>DICOMweb（QIDO-RS、WADO-RS、STOW-RS）</translation>
    </message>
    <message>
        <source>DIMSE (C-FIND, C-GET or C-MOVE, C-STORE)</source>
        <translation>DIMSE（C-FIND、C-GET 或 C-MOVE、C-STORE）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the archive whether it answers to these settings</source>
        <translation>询问影像库是否响应这些设置</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>影像库(&amp;A)：</translation>
    </message>
    <message>
        <source>DICOMweb &amp;URL:</source>
        <translation>DICOMweb 网址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>记住于系统钥匙串(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host, port, AE title:</source>
        <translation>主机、端口、AE 名称(&amp;H)：</translation>
    </message>
    <message>
        <source>C-GET (no port to open)</source>
        <translation>C-GET（无需开放端口）</translation>
    </message>
    <message>
        <source>C-MOVE to our storage port</source>
        <translation>C-MOVE 到本机存储端口</translation>
    </message>
    <message>
        <source>&amp;Our AE title, retrieval, port:</source>
        <translation>本机 AE 名称、获取方式、端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Archive host</source>
        <translation>影像库主机</translation>
    </message>
    <message>
        <source>Archive port</source>
        <translation>影像库端口</translation>
    </message>
    <message>
        <source>Archive AE title</source>
        <translation>影像库 AE 名称</translation>
    </message>
    <message>
        <source>Our AE title</source>
        <translation>本机 AE 名称</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Our storage port</source>
        <translation>本机存储端口</translation>
    </message>
    <message>
        <source>The archive sends C-MOVE results to this port of this computer; it must know our AE title with this address and port.</source>
        <translation>影像库会把 C-MOVE 结果发送到本计算机的这个端口；影像库必须以此地址和端口登记本机的 AE 名称。</translation>
    </message>
    <message>
        <source>Enter the archive's DICOMweb URL first.</source>
        <translation>请先输入影像库的 DICOMweb 网址。</translation>
    </message>
    <message>
        <source>Enter the archive's host first.</source>
        <translation>请先输入影像库的主机。</translation>
    </message>
    <message>
        <source>AE titles have 1 to 16 characters (letters, digits, spaces, no backslash): enter the archive's and ours.</source>
        <translation>AE 名称由 1 到 16 个字符组成（字母、数字、空格，不能有反斜杠）：请输入影像库和本机的名称。</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1</source>
        <translation>密码只会在本次会话保留：%1</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>影像库名称</translation>
    </message>
    <message>
        <source>Choose an archive set up before, or type a name for a new one</source>
        <translation>选择之前设置的影像库，或输入新影像库的名称</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Forget this archive and its password or token</source>
        <translation>忘记此影像库及其密码或令牌</translation>
    </message>
    <message>
        <source>HTTPS certificates are always verified</source>
        <translation>HTTPS 证书总会验证</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>无需认证</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>用户和密码</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Authe&amp;ntication:</source>
        <translation>认证(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 is forgotten.</source>
        <translation>已忘记 %1。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>A request fails when the archive sends nothing for this long</source>
        <translation>档案库在这段时间内没有发送任何数据时，请求即告失败</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Certificate aut&amp;horities:</source>
        <translation>证书颁发机构(&amp;H)：</translation>
    </message>
    <message>
        <source>The system's (a PEM file for a hospital's own)</source>
        <translation>系统的（医院自有的请用 PEM 文件）</translation>
    </message>
    <message>
        <source>Certificate authorities file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>HTTPS certificates are always verified: against the system's authorities and those in this file</source>
        <translation>HTTPS 证书一律经过验证：依据系统的证书颁发机构及此文件中的证书颁发机构</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the certificate authorities file</source>
        <translation>选择证书颁发机构文件</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read or holds no PEM certificate: choose the file of certificate authorities again, or leave it empty.</source>
        <translation>无法读取 %1，或其中没有 PEM 证书：请重新选择证书颁发机构文件，或留空。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::Preferences</name>
    <message>
        <source>The inference device must be automatic, CPU or CUDA.</source>
        <translation>推理设备必须是自动、CPU 或 CUDA。</translation>
    </message>
    <message>
        <source>Inference threads must be between 0 (automatic) and %1.</source>
        <translation>推理线程必须在 0（自动）到 %1 之间。</translation>
    </message>
    <message>
        <source>The slide tile cache must be between %1 and %2 MiB.</source>
        <translation>切片图块缓存必须在 %1 到 %2 MiB 之间。</translation>
    </message>
    <message>
        <source>The feature cache limit must be between 0 (no limit) and %1 GiB.</source>
        <translation>特征缓存上限必须在 0（不限）到 %1 GiB 之间。</translation>
    </message>
    <message>
        <source>The model folder %1 does not exist or cannot be read.</source>
        <translation>模型文件夹 %1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>The theme must be dark or light.</source>
        <translation>主题必须是深色或浅色。</translation>
    </message>
    <message>
        <source>The font size must be between 6 and 32 points, or the desktop's.</source>
        <translation>字体大小必须在 6 到 32 点之间，或使用桌面默认。</translation>
    </message>
    <message>
        <source>The PACS cache limit must be between 0 (no limit) and %1 GiB.</source>
        <translation>PACS 缓存上限必须在 0（不限）到 %1 GiB 之间。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>AI inference (applies at the next start)</source>
        <translation>人工智能推理（下次启动时生效）</translation>
    </message>
    <message>
        <source>Automatic (CUDA if present)</source>
        <translation>自动（如有 CUDA 则使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程(&amp;T)：</translation>
    </message>
    <message>
        <source>Memory and disk</source>
        <translation>内存和磁盘</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Decoded slide tiles kept in memory: more makes panning back faster</source>
        <translation>保留在内存中的已解码切片图块：越多，平移返回越快</translation>
    </message>
    <message>
        <source>Slide &amp;tile cache:</source>
        <translation>切片图块缓存(&amp;T)：</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Patch features kept on disk so a slide analysed again is not encoded again; the oldest go first</source>
        <translation>保留在磁盘上的图像块特征，再次分析同一切片时无须重新编码；最旧的先移除</translation>
    </message>
    <message>
        <source>&amp;Feature cache limit:</source>
        <translation>特征缓存上限(&amp;F)：</translation>
    </message>
    <message>
        <source>Model folders</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Searched for model packages besides OncoView's own folders.</source>
        <translation>除 OncoView 自己的文件夹外，也在此搜索模型包。</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Model Folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <source>Chat &amp;Server…</source>
        <translation>对话服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Where MedDr questions go: an OpenAI-compatible server or a local model</source>
        <translation>MedDr 问题的发送目的地：OpenAI 兼容服务器或本地模型</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Left button moves the MRI cursor</source>
        <translation>左键移动 MRI 光标</translation>
    </message>
    <message>
        <source>Off: the left button adjusts window and level, as in Slicer and ITK-SNAP; Shift+left moves the cursor</source>
        <translation>关闭时：左键调整窗宽和窗位，与 Slicer 及 ITK-SNAP 相同；Shift+左键移动光标</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start):</source>
        <translation>语言（下次启动时生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>Dark (reading room)</source>
        <translation>深色（阅片室）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 点</translation>
    </message>
    <message>
        <source>The desktop's</source>
        <translation>桌面默认</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>字体大小(&amp;F)：</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Series retrieved from archives, kept so they open again without a download; the least recently opened go first</source>
        <translation>从影像库获取的序列，保留以便再次打开时无须下载；最久未打开的先移除</translation>
    </message>
    <message>
        <source>&amp;PACS cache limit:</source>
        <translation>PACS 缓存上限(&amp;P)：</translation>
    </message>
    <message>
        <source>Millimetres (mm, mm²)</source>
        <translation>毫米（mm、mm²）</translation>
    </message>
    <message>
        <source>Centimetres (cm, cm²)</source>
        <translation>厘米（cm、cm²）</translation>
    </message>
    <message>
        <source>MRI &amp;lengths:</source>
        <translation>MRI 长度单位(&amp;L)：</translation>
    </message>
    <message>
        <source>Micrometres (µm, µm²)</source>
        <translation>微米（µm、µm²）</translation>
    </message>
    <message>
        <source>Slide annotation &amp;measures:</source>
        <translation>切片标注测量单位(&amp;M)：</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Window and level</source>
        <translation>窗宽和窗位</translation>
    </message>
    <message>
        <source>Move the cursor</source>
        <translation>移动光标</translation>
    </message>
    <message>
        <source>Right button drag</source>
        <translation>右键拖动</translation>
    </message>
    <message>
        <source>Middle button drag</source>
        <translation>中键拖动</translation>
    </message>
    <message>
        <source>MRI right, middle &amp;button:</source>
        <translation>MRI 右键、中键(&amp;B)：</translation>
    </message>
    <message>
        <source>The wheel zooms (Ctrl+wheel moves through the slices)</source>
        <translation>滚轮缩放（Ctrl+滚轮切换切面）</translation>
    </message>
    <message>
        <source>PACS Arc&amp;hives…</source>
        <translation>PACS 档案库(&amp;H)…</translation>
    </message>
    <message>
        <source>The archives OncoView searches and sends results to: name, address, authentication, certificates, timeout</source>
        <translation>OncoView 搜索及发送结果的档案库：名称、地址、验证、证书、超时</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::RegionExportDialog</name>
    <message>
        <source>The selected &amp;annotation's bounding box</source>
        <translation>所选标注的外框(&amp;A)</translation>
    </message>
    <message>
        <source>What the &amp;view shows</source>
        <translation>视图显示的范围(&amp;V)</translation>
    </message>
    <message>
        <source>Export Slide Region</source>
        <translation>导出切片区域</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> µm/px</source>
        <translation> µm/px</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source> × downsample</source>
        <translation> × 缩小倍数</translation>
    </message>
    <message>
        <source>&amp;Downsample:</source>
        <translation>缩小倍数(&amp;D)：</translation>
    </message>
    <message>
        <source>Resolution of the exported image</source>
        <translation>导出图像的分辨率</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>(too large: at most %1 pixels a side; choose a coarser resolution)</source>
        <translation>（太大：每边最多 %1 像素；请选择较低的分辨率）</translation>
    </message>
    <message>
        <source>TIFF with pixel size (*.tif *.tiff);;PNG (*.png)</source>
        <translation>带像素尺寸的 TIFF (*.tif *.tiff);;PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ReportDocument</name>
    <message>
        <source>OncoView case report · AI results are not a diagnosis</source>
        <translation>OncoView 病例报告 · 人工智能结果不是诊断</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>病例报告</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>无法写入 %1：无法开始创建 PDF。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所见</translation>
    </message>
    <message>
        <source>AI-drafted.</source>
        <translation>人工智能起草。</translation>
    </message>
    <message>
        <source>Drafted by %1 and edited, but not yet approved by a reader: check it against the images.</source>
        <translation>由 %1 起草并经修改，但尚未经阅片者批准：请对照影像核实。</translation>
    </message>
    <message>
        <source>Written by %1 from the case's measurements, kinetics and AI results; not reviewed by a reader.</source>
        <translation>由 %1 根据病例的测量、动力学和人工智能结果撰写；未经阅片者审阅。</translation>
    </message>
    <message>
        <source>Reviewed and approved by %1 on %2.</source>
        <translation>已由 %1 于 %2 审阅并批准。</translation>
    </message>
    <message>
        <source>A first draft was written by %1.</source>
        <translation>初稿由 %1 撰写。</translation>
    </message>
    <message>
        <source>No findings were written.</source>
        <translation>没有撰写所见。</translation>
    </message>
    <message>
        <source>Not a validated clinical model.</source>
        <translation>并非经验证的临床模型。</translation>
    </message>
    <message>
        <source>Its output is for research and demonstration and must not be used for diagnosis.</source>
        <translation>其输出仅供研究和演示，不得用于诊断。</translation>
    </message>
    <message>
        <source>Intended use: %1</source>
        <translation>预期用途：%1</translation>
    </message>
    <message>
        <source>Contribution of each input:</source>
        <translation>各输入的贡献：</translation>
    </message>
    <message>
        <source>Shapley value of each sequence (points of %1 probability):</source>
        <translation>各序列的 Shapley 值（%1 概率的百分点）：</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>%1 的回答</translation>
    </message>
    <message>
        <source>Made on %1 by %2 with %3.</source>
        <translation>由 %2 于 %1 用 %3 制作。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Kinetic curves</source>
        <translation>动力学曲线</translation>
    </message>
    <message>
        <source>AI results</source>
        <translation>人工智能结果</translation>
    </message>
    <message>
        <source>Explanations of the AI results</source>
        <translation>人工智能结果的解释</translation>
    </message>
    <message>
        <source>From the chat with the assistant</source>
        <translation>摘自与助手的对话</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <source>The AI results, explanations and chat answers in this report come from software models named with each of them. They support a reader and do not replace one: nothing here is a diagnosis. A model not validated for clinical use is marked so.</source>
        <translation>本报告中的人工智能结果、解释和对话回答来自各自注明的软件模型。它们协助阅片者，但不能取代阅片者：此处没有任何内容是诊断。未经临床验证的模型均有标示。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::RestoreBar</name>
    <message>
        <source>Restore session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Crash report…</source>
        <translation>崩溃报告…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>the study %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <source>the slide %1</source>
        <translation>切片 %1</translation>
    </message>
    <message>
        <source>OncoView did not close normally last time (%1).</source>
        <translation>OncoView 上次未正常关闭（%1）。</translation>
    </message>
    <message>
        <source>OncoView crashed last time (%1); a report was saved without patient data.</source>
        <translation>OncoView 上次崩溃（%1）；已保存一份不含患者数据的报告。</translation>
    </message>
    <message>
        <source>Reopen %1?</source>
        <translation>重新打开%1？</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Opens again what was open when OncoView ended; unsaved annotations are then offered from their recovery files</source>
        <translation>重新打开 OncoView 结束时已打开的内容；未保存的标注随后会从其恢复文件提供恢复</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>崩溃报告</translation>
    </message>
    <message>
        <source>Saved in %1. It names the signal, the versions, your last actions and the program's stack; no patient data and no file paths. Attach it to a bug report.</source>
        <translation>已保存于 %1。报告列出信号、版本、你最近的操作及程序堆栈；不含患者数据，也不含文件路径。请将其附加到错误报告。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SeriesBrowser</name>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message numerus="yes">
        <source>, %n phase(s)</source>
        <translation><numerusform>，%n 期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation><numerusform>已跳过 %n 个文件</numerusform></translation>
    </message>
    <message>
        <source> · derived map</source>
        <translation> · 衍生图</translation>
    </message>
    <message>
        <source>Series of the study (the arrow keys show each)</source>
        <translation>检查的序列（方向键逐一显示）</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard and Mouse</source>
        <translation>键盘和鼠标</translation>
    </message>
    <message>
        <source>Filter, e.g. zoom or Ctrl+D</source>
        <translation>筛选，例如 缩放 或 Ctrl+D</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Keyboard and mouse shortcuts</source>
        <translation>键盘和鼠标快捷键</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SlideAnalysis</name>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>已取消；未保留任何结果。</translation>
    </message>
    <message>
        <source>No slide model package is chosen (AI menu).</source>
        <translation>尚未选择切片模型包（AI 菜单）。</translation>
    </message>
    <message>
        <source>Slide (probability)</source>
        <translation>切片（概率）</translation>
    </message>
    <message numerus="yes">
        <source>%n tissue patch(es) at %1 µm/px were read and weighed by attention.</source>
        <translation><numerusform>已以 %1 µm/px 读取 %n 个组织图像块，并按注意力加权。</numerusform></translation>
    </message>
    <message>
        <source>The %1 most attended patches carry %2% of the attention; they are outlined in the heatmap and listed in the Slide analysis panel.</source>
        <translation>注意力最高的 %1 个图像块占全部注意力的 %2%；它们已在热图中标出轮廓，并列在“切片分析”面板中。</translation>
    </message>
    <message>
        <source>Patch features came from the cache (same slide file and package).</source>
        <translation>图像块特征来自缓存（相同的切片文件和模型包）。</translation>
    </message>
    <message>
        <source>Patch features were computed at %1 patches/s and cached.</source>
        <translation>图像块特征以每秒 %1 个的速度计算，并已缓存。</translation>
    </message>
    <message>
        <source>The slide's µm/px (%1) was entered by the user, not read from the file.</source>
        <translation>切片的 µm/px（%1）由用户输入，并非从文件读取。</translation>
    </message>
    <message>
        <source>This model was trained on synthetic tissue; its scores say nothing about a patient.</source>
        <translation>此模型使用合成组织训练，其分数与任何患者无关。</translation>
    </message>
    <message>
        <source>(%1, %2) µm</source>
        <translation>(%1, %2) µm</translation>
    </message>
    <message>
        <source>The most attended patches (%1 µm squares) are centred at %2, from the slide's top-left corner; attention is relative weight, not probability.</source>
        <translation>最受关注的图块（%1 µm 正方形）中心位于 %2（从切片左上角起算）；注意力是相对权重，不是概率。</translation>
    </message>
    <message>
        <source>Attention rollout through the aggregator's layers%1 shares %2 of its %3 strongest patches with the attention map; its strongest patch is centred at (%4, %5) µm.</source>
        <translation>经聚合器各层的注意力展开%1，其 %3 个最强图块中有 %2 个与注意力图相同；其最强图块中心位于 (%4, %5) µm。</translation>
    </message>
    <message>
        <source>No attention rollout: %1</source>
        <translation>没有注意力展开：%1</translation>
    </message>
    <message>
        <source>The analysis resumed where an earlier run stopped: %1 of %2 patches were encoded then; the rest at %3 patches/s.</source>
        <translation>分析从先前中断处继续：当时已编码 %2 个图像块中的 %1 个；其余以每秒 %3 个的速度编码。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SlideAnalysisDock</name>
    <message>
        <source>Slide analysis</source>
        <translation>切片分析</translation>
    </message>
    <message>
        <source>Analyze &amp;Slide</source>
        <translation>分析切片(&amp;S)</translation>
    </message>
    <message>
        <source>Analyze Slide</source>
        <translation>分析切片</translation>
    </message>
    <message>
        <source>Run the slide model on the open slide (nothing runs until you ask)</source>
        <translation>用切片模型分析已打开的切片（在你请求之前不会运行任何分析）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Attention heatmap</source>
        <translation>注意力热图</translation>
    </message>
    <message>
        <source>Detected tissue instead</source>
        <translation>改为显示检测到的组织</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Hide below</source>
        <translation>低于此值隐藏</translation>
    </message>
    <message>
        <source>Low → high attention, relative to the most attended patch. Attention is the model's weighting of patches, not a probability of tumour.</source>
        <translation>注意力由低 → 高，以注意力最高的图像块为基准。注意力是模型对各图像块的权重，并非肿瘤的概率。</translation>
    </message>
    <message>
        <source>Most attended patches (click to go there)</source>
        <translation>注意力最高的图像块（单击可跳转）</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Finding tissue…</source>
        <translation>正在查找组织…</translation>
    </message>
    <message>
        <source>Package: %1 %2</source>
        <translation>模型包：%1 %2</translation>
    </message>
    <message>
        <source>No slide model package is chosen (AI menu).</source>
        <translation>尚未选择切片模型包（AI 菜单）。</translation>
    </message>
    <message>
        <source>%1 of %2 patches · %3 patches/s · about %4 s left</source>
        <translation>%1/%2 个图像块 · 每秒 %3 个 · 约剩 %4 秒</translation>
    </message>
    <message>
        <source>Weighing the patches (attention)…</source>
        <translation>正在为图像块加权（注意力）…</translation>
    </message>
    <message>
        <source>%1 patches, %2 s%3</source>
        <translation>%1 个图像块，%2 秒%3</translation>
    </message>
    <message>
        <source> (features from the cache)</source>
        <translation>（特征来自缓存）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Attention %1% · level-0 (%2, %3)</source>
        <translation>注意力 %1% · 第 0 层坐标（%2, %3）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the attention map as QuPath GeoJSON tiles or as a PNG with a world file</source>
        <translation>将注意力图保存为 QuPath GeoJSON 图块，或附世界文件的 PNG</translation>
    </message>
    <message>
        <source>Export attention map</source>
        <translation>导出注意力图</translation>
    </message>
    <message>
        <source>QuPath GeoJSON tiles (*.geojson);;PNG with world file (*.png)</source>
        <translation>QuPath GeoJSON 图块 (*.geojson);;附世界文件的 PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>There is no attention map to export yet.</source>
        <translation>尚无可导出的注意力图。</translation>
    </message>
    <message>
        <source>MIL attention</source>
        <translation>MIL 注意力</translation>
    </message>
    <message>
        <source>Attention rollout</source>
        <translation>注意力展开（rollout）</translation>
    </message>
    <message>
        <source>MIL attention: the aggregator's weight of each patch. Attention rollout: how much each patch flows into the class token through all of the aggregator's attention layers.</source>
        <translation>MIL 注意力：聚合器对每个图块的权重。注意力展开：每个图块经聚合器所有注意力层流入类别标记的程度。</translation>
    </message>
    <message>
        <source>Slide map</source>
        <translation>切片图</translation>
    </message>
    <message>
        <source>No attention rollout: %1</source>
        <translation>没有注意力展开：%1</translation>
    </message>
    <message>
        <source> (resumed from an earlier run)</source>
        <translation>（从先前的运行继续）</translation>
    </message>
    <message>
        <source>Patches with the most attention</source>
        <translation>注意力最高的图像块</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::SlideInfoWidget</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>Slide properties</source>
        <translation>切片属性</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::StudyInputsDialog</name>
    <message>
        <source>Study inputs for %1</source>
        <translation>%1 的输入序列</translation>
    </message>
    <message>
        <source>Which series feeds each input of the model. The guess comes from the series' DICOM tags and descriptions.</source>
        <translation>模型每个输入所用的序列。默认匹配根据各序列的 DICOM 标签和描述推测。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 — %2 phase(s), %3</source>
        <translation>%1 — %2 期，%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n volume(s))</source>
        <translation><numerusform>%1（%n 个容积）</numerusform></translation>
    </message>
    <message>
        <source>Remember for studies of this protocol (same series descriptions)</source>
        <translation>记住此设置，用于同一扫描协议的检查（序列描述相同）</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Missing: the model was trained to run without it (masked).</source>
        <translation>缺失：模型经训练可在缺少此输入时运行（将被屏蔽）。</translation>
    </message>
    <message>
        <source>Missing: the model cannot run without it.</source>
        <translation>缺失：缺少此输入时模型无法运行。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::StudyLoader</name>
    <message>
        <source>The study could not be read.</source>
        <translation>无法读取此检查。</translation>
    </message>
    <message>
        <source>No DICOM or NIfTI images found.</source>
        <translation>找不到 DICOM 或 NIfTI 影像。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::ViewImageDialog</name>
    <message>
        <source>&amp;Screen resolution</source>
        <translation>屏幕分辨率(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Twice the screen resolution (2×)</source>
        <translation>两倍屏幕分辨率 (2×)(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Overlays: colour layers, annotations, measurements, crosshair and labels</source>
        <translation>叠加层(&amp;O)：彩色图层、标注、测量、十字线和标签</translation>
    </message>
    <message>
        <source>Save View Image</source>
        <translation>保存视图图像</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The image has the view's pixels on screen</source>
        <translation>图像与视图在屏幕上的像素相同</translation>
    </message>
    <message>
        <source>The view is rendered again with twice as many pixels each way</source>
        <translation>视图以每个方向两倍的像素重新渲染</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, PNG</source>
        <translation>%1 × %2 像素，PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::WorkspaceController</name>
    <message>
        <source>&amp;Automatic: What Is Open</source>
        <translation>自动：按已打开的内容(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Radiology: MRI Only</source>
        <translation>放射科：仅显示 MRI(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pathology: Slide Only</source>
        <translation>病理科：仅显示切片(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Case: MRI and Slide Side by Side</source>
        <translation>病例：MRI 与切片并排(&amp;C)</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::XaiControls</name>
    <message>
        <source>Show map</source>
        <translation>显示图</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>只显示轮廓</translation>
    </message>
    <message>
        <source>Explanation method</source>
        <translation>解释方法</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Compute the map of the last MRI result with this method</source>
        <translation>以此方法计算最近一次 MRI 结果的解释图</translation>
    </message>
    <message>
        <source>Show or hide the explanation map (X)</source>
        <translation>显示或隐藏解释图（X）</translation>
    </message>
    <message>
        <source>top above p</source>
        <translation>只显示高于 p</translation>
    </message>
    <message>
        <source>Hide the voxels below this percentile of the map's magnitudes</source>
        <translation>隐藏低于此图数值幅度此百分位的体素</translation>
    </message>
    <message>
        <source>Threshold percentile</source>
        <translation>阈值百分位</translation>
    </message>
    <message>
        <source>Map opacity</source>
        <translation>图的不透明度</translation>
    </message>
    <message>
        <source>Opacity of the map</source>
        <translation>图的不透明度</translation>
    </message>
    <message>
        <source>Go to maximum</source>
        <translation>前往最大值</translation>
    </message>
    <message>
        <source>Move the cursor to the map's strongest evidence</source>
        <translation>将光标移到此图最强的证据</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the map as NIfTI on the study's patient space</source>
        <translation>以检查的患者空间将此图保存为 NIfTI</translation>
    </message>
    <message>
        <source>Ask MedDr</source>
        <translation>询问 MedDr</translation>
    </message>
    <message>
        <source>Put the result, its explanation and the view with the map into the chat; you see and send the question yourself</source>
        <translation>把结果、其解释及带图的视图放入对话；问题由你查看并自行发送</translation>
    </message>
    <message>
        <source>Class explained</source>
        <translation>解释的类别</translation>
    </message>
    <message>
        <source>The class whose evidence the map shows</source>
        <translation>此图显示其证据的类别</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>并排…</translation>
    </message>
    <message>
        <source>Show this map beside the same result explained by another method</source>
        <translation>将此图与用另一方法解释的同一结果并排显示</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse</name>
    <message>
        <source>%1 does not know our AE title %2 as a destination: add it to the archive's modalities with this computer's address and port %3, or retrieve with C-GET.</source>
        <translation>%1 不认识本机的 AE 名称 %2 作为目的地：请以本计算机的地址和端口 %3 把它加入影像库的设备列表，或改用 C-GET 获取。</translation>
    </message>
    <message>
        <source>%1 could not send this series (DICOM status 0x%2): it may have been deleted or moved.</source>
        <translation>%1 无法发送此序列（DICOM 状态 0x%2）：它可能已被删除或移走。</translation>
    </message>
    <message>
        <source>%1 of the series' instances did not arrive from %2.</source>
        <translation>序列中有 %1 个实例未从 %2 送达。</translation>
    </message>
    <message>
        <source>%1 sent no instance of this series: it may have been deleted.</source>
        <translation>%1 没有发送此序列的任何实例：它可能已被删除。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 instances %3 sent arrived.</source>
        <translation>%3 发送的 %2 个实例中只有 %1 个送达。</translation>
    </message>
    <message>
        <source>%1 is not a DICOM file that can be sent (%2).</source>
        <translation>%1 不是可发送的 DICOM 文件（%2）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse::Association</name>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>%1 不提供 %2。</translation>
    </message>
    <message>
        <source>%1 refused the association: check that it knows our AE title %2 and that its own AE title is %3.</source>
        <translation>%1 拒绝了关联：请确认它认识本机的 AE 名称 %2，而它自己的 AE 名称是 %3。</translation>
    </message>
    <message>
        <source>%1 refused the connection: check the host and port, and that the archive is running.</source>
        <translation>%1 拒绝了连接：请检查主机和端口，并确认影像库正在运行。</translation>
    </message>
    <message>
        <source>Cannot find the host of %1: check its name.</source>
        <translation>找不到 %1 的主机：请检查其名称。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>%1 broke off the %2: check that the archive lets our AE title %3 do this (its list of known modalities).</source>
        <translation>%1 中断了 %2：请确认影像库允许本机的 AE 名称 %3 进行此操作（其已知设备列表）。</translation>
    </message>
    <message>
        <source>The %1 with %2 failed: %3.</source>
        <translation>与 %2 的 %1 失败：%3。</translation>
    </message>
    <message>
        <source>%1 refused the %2 (DICOM status 0x%3): check that it lets our AE title %4 do this.</source>
        <translation>%1 拒绝了 %2（DICOM 状态 0x%3）：请确认它允许本机的 AE 名称 %4 进行此操作。</translation>
    </message>
    <message>
        <source>%1 does not answer in DICOM: check the port (is it the archive's web port?).</source>
        <translation>%1 没有以 DICOM 响应：请检查端口（是否影像库的网页端口？）。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse::InstanceSink</name>
    <message>
        <source>Cannot write a received instance into %1 (%2): check the free space.</source>
        <translation>无法把收到的实例写入 %1（%2）：请检查可用空间。</translation>
    </message>
</context>
<context>
    <name>oncoview::ui::dimse::StorageScp</name>
    <message>
        <source>Cannot receive the series on port %1 (%2): choose another port for our storage SCP, and tell the archive.</source>
        <translation>无法在端口 %1 接收序列（%2）：请为本机存储 SCP 选择另一个端口，并通知影像库。</translation>
    </message>
    <message>
        <source>This series is already being retrieved.</source>
        <translation>此序列已在获取中。</translation>
    </message>
</context>
</TS>