<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChatDock</name>
    <message>
        <source>MedDr chat</source>
        <translation>MedDr 对话</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ask MedDr about the image on screen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No chat server is configured, so nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;When connected to an OpenAI-compatible server (LMDeploy, vLLM, llama.cpp) or a local model package, the current MRI panel or slide viewport is attached as rendered pixels only &amp;mdash; never DICOM headers or patient identifiers &amp;mdash; and you see exactly what will be sent before the first message.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Answers from a language model are not a diagnosis.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;向 MedDr 询问屏幕上的影像。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;尚未配置对话服务器，因此不会发送任何数据。&lt;/p&gt;&lt;p&gt;连接 OpenAI 兼容服务器（LMDeploy、vLLM、llama.cpp）或本地模型包后，只会附上当前 MRI 面板或切片视图的渲染像素 &amp;mdash; 绝不包括 DICOM 头信息或患者标识 &amp;mdash; 并会在首次发送前让你确认将发送的内容。&lt;/p&gt;&lt;p&gt;&lt;i&gt;语言模型的回答不是诊断。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chat backend not configured</source>
        <translation>未配置对话后端</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <source>Demo preparation stopped.</source>
        <translation>演示数据准备已停止。</translation>
    </message>
</context>
<context>
    <name>ExplanationsDock</name>
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
</context>
<context>
    <name>InferenceQueueDock</name>
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
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>AI engine: idle</source>
        <translation>AI 引擎：空闲</translation>
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
    <name>MainWindow</name>
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
        <source>Slides (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;All files (*)</source>
        <translation>切片 (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;所有文件 (*)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;OncoView %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Research workstation for breast MRI and whole-slide pathology with AI assistance.&lt;/p&gt;&lt;p&gt;AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OncoView %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;结合人工智能辅助的乳腺 MRI 和全切片病理研究工作站。&lt;/p&gt;&lt;p&gt;AI 输出会标明其模型的验证状态。演示模型使用合成数据训练，不可用于诊断。&lt;/p&gt;</translation>
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
</context>
<context>
    <name>MriAnalysis</name>
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
</context>
<context>
    <name>MriViewer</name>
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
        <source>Training the demo slide model on synthetic textures</source>
        <translation>正在使用合成纹理训练演示切片模型</translation>
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
</context>
<context>
    <name>RecentFiles</name>
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
    <name>SeriesBrowser</name>
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
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>No slide open</source>
        <translation>未打开切片</translation>
    </message>
    <message>
        <source>Some tiles could not be read: %1</source>
        <translation>部分图块无法读取：%1</translation>
    </message>
</context>
<context>
    <name>StudyLoader</name>
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
    <name>TaskProgress</name>
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
</context>
</TS>